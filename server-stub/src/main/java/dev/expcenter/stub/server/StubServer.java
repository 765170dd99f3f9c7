package dev.expcenter.stub.server;

import java.net.URI;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;

/** The API on Grizzly at {@code http://host:port/api/v2/}; closing it lets in-flight requests finish. */
public final class StubServer implements AutoCloseable {
    /** The API's base path, as on Auth0. */
    public static final String BASE_PATH = "/api/v2/";

    private final RunningServer server;

    private StubServer(RunningServer server) {
        this.server = server;
    }

    /** Starts the infrastructure with no extension (tests add theirs with the other overload). */
    public static StubServer start(StubConfig config) {
        return start(config, app -> { });
    }

    /**
     * Starts the server, built by {@link ServerBuilder}; {@code extensions} registers resources and
     * providers, see {@link ApiApplication}.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    public static StubServer start(StubConfig config, Consumer<? super ResourceConfig> extensions) {
        Warmup.start();
        ResourceConfig app = ApiApplication.create(config, extensions);
        String contextPath = BASE_PATH.substring(0, BASE_PATH.length() - 1);
        return new StubServer(ServerBuilder.listen("expcenter-stub", config).mount(contextPath, app).start());
    }

    /** The base URI with the real port, e.g. {@code http://127.0.0.1:8080/api/v2/}. */
    public URI uri() {
        return URI.create(server.root() + BASE_PATH);
    }

    /** Stops accepting connections, waits up to 5 s for in-flight requests, then stops. */
    @Override
    public void close() {
        server.close();
    }
}
