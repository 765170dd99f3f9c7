package dev.expcenter.mock.junit;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.mock.ProviderStateHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock inside a JUnit 5 test, on a free port:
 * <pre>{@code @RegisterExtension static ExpcenterMock mock = ExpcenterMock.builder().build();}</pre>
 * A static field starts it once before all tests and stops it after them; an instance field starts
 * and stops it around each test.
 */
public final class ExpcenterMock implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final MockConfig config;
    private MockServer server;
    private boolean perTest;

    private ExpcenterMock(MockConfig config) {
        this.config = config;
    }

    /** A builder starting from the defaults (built-in data, port 0). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = MockServer.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            perTest = true;
            server = MockServer.start(config);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    /** The root, e.g. {@code http://127.0.0.1:34567}. */
    public URI uri() {
        return running().uri();
    }

    /** The API's base, e.g. {@code http://127.0.0.1:34567/api/v2}. */
    public URI apiUri() {
        return running().apiUri();
    }

    /** Restores the data set and drops every session. */
    public void reset() {
        running().reset();
    }

    /** The running server, for everything else. */
    public MockServer server() {
        return running();
    }

    private MockServer running() {
        if (server == null) {
            throw new IllegalStateException("The mock is not running: register it with @RegisterExtension");
        }
        return server;
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Builds an {@link ExpcenterMock}; every setter returns this builder. */
    public static final class Builder {
        private final MockConfig.Builder config = MockConfig.builder();

        private Builder() {
        }

        /** A state document to start from instead of the built-in data. */
        public Builder dataFile(Path value) {
            config.stub(stub -> stub.dataFile(value));
            return this;
        }

        /** The Pact provider-state catalogue. */
        public Builder providerStates(ProviderStateHandler value) {
            config.providerStates(value);
            return this;
        }

        /** Any other setting, e.g. {@code configure(c -> c.stub(s -> s.rateLimit(5)))}. */
        public Builder configure(Consumer<MockConfig.Builder> settings) {
            settings.accept(config);
            return this;
        }

        /** The extension, not started yet. */
        public ExpcenterMock build() {
            return new ExpcenterMock(config.build());
        }
    }
}
