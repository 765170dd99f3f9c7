package dev.expcenter.stub.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The API on Grizzly at {@code http://host:port/api/v2/}; closing it lets in-flight requests finish. */
public final class StubServer implements AutoCloseable {
    /** The API's base path, as on Auth0. */
    public static final String BASE_PATH = "/api/v2/";
    private static final long GRACE_SECONDS = 5;

    static {
        // Logging starts on the warm-up thread; log calls made meanwhile are replayed, without SLF4J saying so.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private final HttpServer http;
    private final URI uri;

    private StubServer(HttpServer http, URI uri) {
        this.http = http;
        this.uri = uri;
    }

    /** Starts the infrastructure with no extension (tests add theirs with the other overload). */
    public static StubServer start(StubConfig config) {
        return start(config, app -> { });
    }

    /** Starts the server; {@code extensions} registers resources and providers, see {@link ApiApplication}. */
    public static StubServer start(StubConfig config, Consumer<? super ResourceConfig> extensions) {
        Warmup.start();
        ResourceConfig app = ApiApplication.create(config, extensions);
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(base(config.host(), config.port()), app, false);
        http.getListeners().forEach(listener -> listener.registerAddOn(new IgnoreH2cUpgrade()));
        JsonErrorPages.install(http);
        try {
            http.start();
        } catch (IOException e) {
            http.shutdownNow();
            throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
        }
        NetworkListener listener = http.getListeners().iterator().next();
        return new StubServer(http, base(config.host(), listener.getPort()));
    }

    /** The base URI with the real port, e.g. {@code http://127.0.0.1:8080/api/v2/}. */
    public URI uri() {
        return uri;
    }

    /** Stops accepting connections, waits up to 5 s for in-flight requests, then stops. */
    @Override
    public void close() {
        try {
            http.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).get(GRACE_SECONDS + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            http.shutdownNow();
        }
    }

    private static URI base(String host, int port) {
        try {
            return new URI("http", null, host, port, BASE_PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid host: " + host, e);
        }
    }
}
