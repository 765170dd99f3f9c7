package dev.expcenter.stub.server;

import java.net.URI;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpServer;

/** A server {@link ServerBuilder} started; closing it lets in-flight requests finish. */
public final class RunningServer implements AutoCloseable {
    private final HttpServer http;
    private final URI root;

    RunningServer(HttpServer http, String host, int port) {
        this.http = http;
        try {
            this.root = new URI("http", null, host, port, null, null, null);
        } catch (URISyntaxException e) {
            http.shutdownNow();
            throw new IllegalArgumentException("Invalid host: " + host, e);
        }
    }

    /** The root with the port actually bound, e.g. {@code http://127.0.0.1:8080}. */
    public URI root() {
        return root;
    }

    /** The port actually bound. */
    public int port() {
        return root.getPort();
    }

    /** Stops accepting connections, waits up to {@link GrizzlyLifecycle#GRACE_SECONDS} s for in-flight requests, then stops. */
    @Override
    public void close() {
        GrizzlyLifecycle.stop(http);
    }
}
