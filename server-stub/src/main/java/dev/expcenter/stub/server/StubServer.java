package dev.expcenter.stub.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The API on Grizzly at {@code http://host:port/api/v2/}; closing it lets in-flight requests finish. */
public final class StubServer implements AutoCloseable {
    /** The API's base path, as on Auth0. */
    public static final String BASE_PATH = "/api/v2/";

    static {
        GrizzlyLifecycle.routeLogging();
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
        http.getListeners().forEach(listener -> {
            listener.registerAddOn(new IgnoreH2cUpgrade());
            useWorkerThreads(listener);
        });
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

    /**
     * Worker threads serving requests: one per core, at least two ({@value #WORKER_THREADS_PROPERTY}
     * overrides). Grizzly's default is twice as many; on 2 cores the extra threads only preempt each
     * other: measured, the status workload went from ~14-17k to ~17-20k req/s and its p99 from
     * ~12 ms to ~4-6 ms (docs/performance.md, "The stub's per-request overhead"). Each request still holds one worker while it runs, so
     * at most this many requests (e.g. bodies arriving slowly) are processed at once.
     */
    public static int workerThreads() {
        Integer configured = Integer.getInteger(WORKER_THREADS_PROPERTY);
        if (configured != null && configured > 0) {
            return configured;
        }
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Gives {@code listener} {@link #workerThreads()} worker threads; the mock's listener too. */
    public static void useWorkerThreads(NetworkListener listener) {
        int workers = workerThreads();
        listener.getTransport().getWorkerThreadPoolConfig().setCorePoolSize(workers).setMaxPoolSize(workers);
    }

    /** The system property that sets the number of worker threads. */
    static final String WORKER_THREADS_PROPERTY = "expcenter.workerThreads";

    /** The base URI with the real port, e.g. {@code http://127.0.0.1:8080/api/v2/}. */
    public URI uri() {
        return uri;
    }

    /** Stops accepting connections, waits up to 5 s for in-flight requests, then stops. */
    @Override
    public void close() {
        GrizzlyLifecycle.stop(http);
    }

    private static URI base(String host, int port) {
        try {
            return new URI("http", null, host, port, BASE_PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid host: " + host, e);
        }
    }
}
