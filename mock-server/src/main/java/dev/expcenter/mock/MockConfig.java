package dev.expcenter.mock;

import dev.expcenter.engine.Required;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.stub.server.StubConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything the mock needs to start: the stub's configuration, and the mock's own settings. Built by
 * {@link #builder()} (tests, embedding) or by the {@code MockCommand} (command line). {@code toString()}
 * never shows the JWT secret.
 *
 * @param stub what the mock shares with the stub: address (the builder's port is 0, the CLI's 4010), data
 *     file (a state document to start from; null for the built-in data), worker threads, auth, rate limits
 *     and the largest API request body
 * @param admin whether {@code /__admin/**} is served (else every admin route is a 404)
 * @param corsOrigins allowed browser origins: exact, {@code scheme://host:*} for any port, or {@code *}
 * @param maxSessions how many {@code X-Mock-Session} engines live at once (least recently used go first)
 * @param sessionIdle how long an unused session lives
 * @param journalSize how many recent requests {@code GET /__admin/requests} can show
 * @param specFile the spec to serve and validate against, or null for the built-in one (spec layer)
 * @param latency extra delay added to every API response (spec layer's chaos)
 * @param errorRate the share of API requests answered with a spec-declared error, 0..1 (spec layer's chaos)
 * @param strictness what a response that breaks the served spec does besides being logged and counted
 * @param providerStates the Pact provider-state catalogue behind {@code POST /__admin/provider-states}
 * @param extensions what else to register on the two applications, in order
 */
public record MockConfig(
        StubConfig stub,
        boolean admin,
        List<String> corsOrigins,
        int maxSessions,
        Duration sessionIdle,
        int journalSize,
        Path specFile,
        Duration latency,
        double errorRate,
        Strictness strictness,
        ProviderStateHandler providerStates,
        List<MockExtension> extensions) {

    /** The port the command line uses when none is given (Prism's). */
    public static final int DEFAULT_PORT = 4010;
    /** Browser apps served from any local port. */
    public static final List<String> DEFAULT_CORS_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*");
    /** Sessions kept at once. */
    public static final int DEFAULT_MAX_SESSIONS = 50;
    /** Idle time after which a session is dropped. */
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    /** Requests the journal keeps. */
    public static final int DEFAULT_JOURNAL_SIZE = 1000;

    /** Validates the mock's own settings (the stub's validated themselves). */
    public MockConfig {
        Required.nonNull("stub corsOrigins sessionIdle latency strictness providerStates",
                stub, corsOrigins, sessionIdle, latency, strictness, providerStates);
        corsOrigins = List.copyOf(corsOrigins);
        extensions = List.copyOf(extensions);
        require(maxSessions >= 1, "max sessions must be at least 1");
        require(!sessionIdle.isNegative() && !sessionIdle.isZero(), "session idle time must be positive");
        require(journalSize >= 1, "journal size must be at least 1");
        require(!latency.isNegative(), "latency must not be negative");
        require(errorRate >= 0 && errorRate <= 1, "error rate must be within 0..1");
        require(corsOrigins.stream().noneMatch(String::isBlank), "a CORS origin must not be blank");
    }

    /** A builder with the defaults, and port 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder().stub(stub).admin(admin).corsOrigins(corsOrigins).maxSessions(maxSessions)
                .sessionIdle(sessionIdle).journalSize(journalSize).specFile(specFile).latency(latency)
                .errorRate(errorRate).strictness(strictness).providerStates(providerStates);
        extensions.forEach(b::extension);
        return b;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a {@link MockConfig}; every setter returns this builder. */
    public static final class Builder {
        private StubConfig.Builder stub = StubConfig.builder();
        private boolean admin = true;
        private List<String> corsOrigins = DEFAULT_CORS_ORIGINS;
        private int maxSessions = DEFAULT_MAX_SESSIONS;
        private Duration sessionIdle = DEFAULT_SESSION_IDLE;
        private int journalSize = DEFAULT_JOURNAL_SIZE;
        private Path specFile;
        private Duration latency = Duration.ZERO;
        private double errorRate;
        private Strictness strictness = Strictness.fromSystemProperty();
        private ProviderStateHandler providerStates = ProviderStateHandler.CATALOGUE;
        private final List<MockExtension> extensions = new ArrayList<>();

        private Builder() {
        }

        /** The stub's settings (address, data file, auth, rate limits, body size), e.g. {@code stub(s -> s.rateLimit(5))}. */
        public Builder stub(Consumer<StubConfig.Builder> settings) {
            settings.accept(stub);
            return this;
        }

        /** Replaces the stub's settings with {@code value}'s. */
        public Builder stub(StubConfig value) {
            this.stub = value.toBuilder();
            return this;
        }

        /** Whether {@code /__admin/**} is served. */
        public Builder admin(boolean value) {
            this.admin = value;
            return this;
        }

        /** Replaces the allowed CORS origins. */
        public Builder corsOrigins(List<String> value) {
            this.corsOrigins = value;
            return this;
        }

        /** How many sessions live at once. */
        public Builder maxSessions(int value) {
            this.maxSessions = value;
            return this;
        }

        /** How long an unused session lives. */
        public Builder sessionIdle(Duration value) {
            this.sessionIdle = value;
            return this;
        }

        /** How many recent requests the journal keeps. */
        public Builder journalSize(int value) {
            this.journalSize = value;
            return this;
        }

        /** The spec file to serve and follow (spec layer). */
        public Builder specFile(Path value) {
            this.specFile = value;
            return this;
        }

        /** Extra delay on every API response (spec layer). */
        public Builder latency(Duration value) {
            this.latency = value;
            return this;
        }

        /** The share of API requests answered with a declared error (spec layer). */
        public Builder errorRate(double value) {
            this.errorRate = value;
            return this;
        }

        /**
         * What a response that breaks the served spec does (spec layer): {@link Strictness#LOG} by default,
         * {@link Strictness#FAIL} with {@code --strict-spec} or {@code -Dexpcenter.mock.strictSpec=true}.
         */
        public Builder strictness(Strictness value) {
            this.strictness = value;
            return this;
        }

        /** The Pact provider-state catalogue. */
        public Builder providerStates(ProviderStateHandler value) {
            this.providerStates = value;
            return this;
        }

        /** Adds an extension, applied after those added before it. */
        public Builder extension(MockExtension value) {
            extensions.add(Objects.requireNonNull(value, "extension"));
            return this;
        }

        /** The validated configuration. */
        public MockConfig build() {
            return new MockConfig(stub.build(), admin, corsOrigins, maxSessions, sessionIdle, journalSize, specFile,
                    latency, errorRate, strictness, providerStates, extensions);
        }
    }
}
