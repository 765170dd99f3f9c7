package dev.expcenter.stub.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The one way the project's servers are put together on Grizzly: one listener on {@code host:port},
 * {@link StubConfig#workerThreads() its worker threads}, HTTP/1.1 only ({@link IgnoreH2cUpgrade}),
 * Auth0's JSON for Grizzly's own errors ({@link JsonErrorPages}, which installs {@link UriGuard}), then
 * the handlers mounted at their context paths, usually Jersey applications. {@link StubServer} mounts
 * the API at {@code /api/v2}; the mock mounts its API there and its root application at {@code /}.
 *
 * <pre>{@code try (RunningServer server = ServerBuilder.listen("expcenter-stub", config)
 *         .mount("/api/v2", ApiApplication.create(config, extensions)).start()) { ... }}</pre>
 */
public final class ServerBuilder {
    static {
        GrizzlyLifecycle.routeLogging();
    }

    private final String name;
    private final StubConfig config;
    private final List<Mount> mounts = new ArrayList<>();

    private record Mount(String contextPath, HttpHandler handler) {
    }

    private ServerBuilder(String name, StubConfig config) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A server named {@code name} (its listener's name, in logs) on {@code config}'s address and workers. */
    public static ServerBuilder listen(String name, StubConfig config) {
        return new ServerBuilder(name, config);
    }

    /** Serves {@code app} below {@code contextPath} ({@code ""} for the root). */
    public ServerBuilder mount(String contextPath, ResourceConfig app) {
        return mount(contextPath, container(app));
    }

    /** Serves {@code handler} below {@code contextPath} ({@code ""} for the root). */
    public ServerBuilder mount(String contextPath, HttpHandler handler) {
        mounts.add(new Mount(Objects.requireNonNull(contextPath, "contextPath"), Objects.requireNonNull(handler, "handler")));
        return this;
    }

    /** The Grizzly handler that serves a Jersey application, for handlers that wrap or defer one. */
    public static HttpHandler container(ResourceConfig app) {
        return new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class, app);
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public RunningServer start() {
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener(name, config.host(), config.port());
        listener.registerAddOn(new IgnoreH2cUpgrade());
        int workers = config.workerThreads();
        listener.getTransport().getWorkerThreadPoolConfig().setCorePoolSize(workers).setMaxPoolSize(workers);
        http.addListener(listener);
        ServerConfiguration server = http.getServerConfiguration();
        server.setPassTraceRequest(true);
        server.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        for (Mount mount : mounts) {
            server.addHttpHandler(mount.handler(), mount.contextPath().isEmpty() ? HttpHandlerRegistration.ROOT
                    : HttpHandlerRegistration.builder().contextPath(mount.contextPath()).urlPattern("/").build());
        }
        JsonErrorPages.install(http);
        try {
            http.start();
        } catch (IOException e) {
            http.shutdownNow();
            throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
        }
        return new RunningServer(http, config.host(), listener.getPort());
    }
}
