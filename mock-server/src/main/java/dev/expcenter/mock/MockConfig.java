package dev.expcenter.mock;

import dev.expcenter.stub.auth.AuthMode;
import dev.expcenter.stub.auth.JwtSettings;
import dev.expcenter.stub.server.StubConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;

/**
 * Everything the mock needs to start; built by {@link #builder()} (tests, embedding) or by the
 * {@code MockCommand} (command line). {@code toString()} never shows the JWT secret.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port to bind, 0 for any free one (the builder's default; the CLI's is 4010)
 * @param dataFile a data file (a state document) to start from, or null for the built-in data
 * @param authMode how bearer tokens are checked ({@code dev} by default)
 * @param jwt how tokens are verified in {@link AuthMode#JWT}
 * @param rateLimitCapacity requests a client may burst ({@code x-ratelimit-limit})
 * @param rateLimitRefillPerSecond tokens a client's bucket regains per second
 * @param maxBodyBytes the largest accepted API request body; larger ones get 413
 * @param admin whether {@code /__admin/**} is served (else every admin route is a 404)
 * @param corsOrigins allowed browser origins: exact, {@code scheme://host:*} for any port, or {@code *}
 * @param maxSessions how many {@code X-Mock-Session} engines live at once (least recently used go first)
 * @param sessionIdle how long an unused session lives
 * @param journalSize how many recent requests {@code GET /__admin/requests} can show
 * @param specFile the spec to serve and validate against, or null for the built-in one (spec layer)
 * @param latency extra delay added to every API response (spec layer's chaos)
 * @param errorRate the share of API requests answered with a spec-declared error, 0..1 (spec layer's chaos)
 * @param providerStates the Pact provider-state catalogue behind {@code POST /__admin/provider-states}
 * @param extensions what else to register on the two applications, in order
 * @param stateFile where the default session's state is kept across restarts (every acknowledged write is
 *     saved before its answer), or null to keep it in memory only
 */
public record MockConfig(
        String host,
        int port,
        Path dataFile,
        AuthMode authMode,
        JwtSettings jwt,
        long rateLimitCapacity,
        double rateLimitRefillPerSecond,
        long maxBodyBytes,
        boolean admin,
        List<String> corsOrigins,
        int maxSessions,
        Duration sessionIdle,
        int journalSize,
        Path specFile,
        Duration latency,
        double errorRate,
        ProviderStateHandler providerStates,
        List<MockExtension> extensions,
        Path stateFile) {

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

    /** Validates every field, the stub's part included. */
    public MockConfig {
        Objects.requireNonNull(corsOrigins, "corsOrigins");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(providerStates, "providerStates");
        corsOrigins = List.copyOf(corsOrigins);
        extensions = List.copyOf(extensions);
        require(maxSessions >= 1, "max sessions must be at least 1");
        require(!sessionIdle.isNegative() && !sessionIdle.isZero(), "session idle time must be positive");
        require(journalSize >= 1, "journal size must be at least 1");
        require(!latency.isNegative(), "latency must not be negative");
        require(errorRate >= 0 && errorRate <= 1, "error rate must be within 0..1");
        require(corsOrigins.stream().noneMatch(String::isBlank), "a CORS origin must not be blank");
        new StubConfig(host, port, authMode, jwt, rateLimitCapacity, rateLimitRefillPerSecond, maxBodyBytes,
                dataFile);
    }

    /** A builder with the defaults, and port 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder().host(host).port(port).dataFile(dataFile).authMode(authMode).jwt(jwt)
                .rateLimit(rateLimitCapacity).rateRefill(rateLimitRefillPerSecond).maxBodyBytes(maxBodyBytes)
                .admin(admin).corsOrigins(corsOrigins).maxSessions(maxSessions).sessionIdle(sessionIdle)
                .journalSize(journalSize).specFile(specFile).latency(latency).errorRate(errorRate)
                .providerStates(providerStates).stateFile(stateFile);
        extensions.forEach(b::extension);
        return b;
    }

    /** The stub's part: what {@code ApiApplication} builds the API's infrastructure from. */
    public StubConfig stubConfig() {
        return new StubConfig(host, port, authMode, jwt, rateLimitCapacity, rateLimitRefillPerSecond, maxBodyBytes,
                dataFile);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a {@link MockConfig}; every setter returns this builder. */
    public static final class Builder {
        private final StubConfig.Builder stub = StubConfig.builder();
        private String host = StubConfig.DEFAULT_HOST;
        private int port;
        private Path dataFile;
        private boolean admin = true;
        private List<String> corsOrigins = DEFAULT_CORS_ORIGINS;
        private int maxSessions = DEFAULT_MAX_SESSIONS;
        private Duration sessionIdle = DEFAULT_SESSION_IDLE;
        private int journalSize = DEFAULT_JOURNAL_SIZE;
        private Path specFile;
        private Path stateFile;
        private Duration latency = Duration.ZERO;
        private double errorRate;
        private ProviderStateHandler providerStates = ProviderStateHandler.CATALOGUE;
        private final List<MockExtension> extensions = new ArrayList<>();

        private Builder() {
        }

        /** The address to bind. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The port to bind, 0 for any free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** A state document to start from instead of the built-in data. */
        public Builder dataFile(Path value) {
            this.dataFile = value;
            return this;
        }

        /** The API's own settings (auth, rate limits, body size) at once, e.g. from {@code ApiOptions}. */
        public Builder api(Consumer<StubConfig.Builder> settings) {
            settings.accept(stub);
            return this;
        }

        /** How tokens are checked. */
        public Builder authMode(AuthMode value) {
            stub.authMode(value);
            return this;
        }

        /** All JWT settings at once. */
        public Builder jwt(JwtSettings value) {
            stub.jwt(value);
            return this;
        }

        /** The HS256 shared secret (at least 32 bytes). */
        public Builder jwtSecret(String value) {
            stub.jwtSecret(value);
            return this;
        }

        /** A PEM file with the RS256 public key or certificate. */
        public Builder jwtPublicKey(Path value) {
            stub.jwtPublicKey(value);
            return this;
        }

        /** A JWKS file with the RS256 keys. */
        public Builder jwtJwks(Path value) {
            stub.jwtJwks(value);
            return this;
        }

        /** The required {@code iss}. */
        public Builder jwtIssuer(String value) {
            stub.jwtIssuer(value);
            return this;
        }

        /** The required {@code aud}. */
        public Builder jwtAudience(String value) {
            stub.jwtAudience(value);
            return this;
        }

        /** The burst size of each client's bucket. */
        public Builder rateLimit(long value) {
            stub.rateLimit(value);
            return this;
        }

        /** Tokens per second each bucket regains. */
        public Builder rateRefill(double value) {
            stub.rateRefill(value);
            return this;
        }

        /** The largest accepted API body, in bytes. */
        public Builder maxBodyBytes(long value) {
            stub.maxBodyBytes(value);
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

        /** The Pact provider-state catalogue. */
        public Builder providerStates(ProviderStateHandler value) {
            this.providerStates = value;
            return this;
        }

        /** The state file (see {@link MockConfig#stateFile()}), or null for none. */
        public Builder stateFile(Path value) {
            this.stateFile = value;
            return this;
        }

        /** Adds an extension, applied after those added before it. */
        public Builder extension(MockExtension value) {
            extensions.add(Objects.requireNonNull(value, "extension"));
            return this;
        }

        /** The validated configuration. */
        public MockConfig build() {
            StubConfig api = stub.host(host).port(port).dataFile(dataFile).build();
            return new MockConfig(host, port, dataFile, api.authMode(), api.jwt(), api.rateLimitCapacity(),
                    api.rateLimitRefillPerSecond(), api.maxBodyBytes(), admin, corsOrigins, maxSessions, sessionIdle,
                    journalSize, specFile, latency, errorRate, providerStates, extensions, stateFile);
        }
    }
}
