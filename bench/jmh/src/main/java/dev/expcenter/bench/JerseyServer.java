package dev.expcenter.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Jersey's own ceiling: Jersey on Grizzly (the stub's versions) with one resource that answers every
 * {@code GET} and {@code POST} under {@code /api/v2} with the bare server's fixed experiment as a
 * {@code String}. No filters, no JSON provider, no engine: what any Jersey application pays before
 * doing anything. {@code java -cp benchmarks.jar dev.expcenter.bench.JerseyServer --port N}.
 */
public final class JerseyServer {
    static final String EXPERIMENT = new String(BareServer.EXPERIMENT, StandardCharsets.UTF_8);

    private JerseyServer() {
    }

    /** Every path under the base, both methods of the workloads; a POST's body is read (as the stub does). */
    @Path("/")
    public static final class FixedResource {
        @GET
        @Path("{any: .*}")
        @Produces("application/json")
        public String get() {
            return EXPERIMENT;
        }

        @POST
        @Path("{any: .*}")
        @Produces("application/json")
        public String post(String body) {
            return EXPERIMENT;
        }
    }

    public static void main(String[] args) throws Exception {
        int port = 8091;
        // As the stub and the mock: one worker thread per core, at least two; 0 keeps Grizzly's default.
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--workers")) {
                workers = Integer.parseInt(args[i + 1]);
            }
        }
        ResourceConfig app = new ResourceConfig(FixedResource.class);
        app.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        app.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        app.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + port + "/api/v2/"), app, false);
        if (workers > 0) {
            int count = workers;
            server.getListeners().forEach(listener -> listener.getTransport().getWorkerThreadPoolConfig()
                    .setCorePoolSize(count).setMaxPoolSize(count));
        }
        BareServer.serveUntilStopped(server, "jersey on grizzly listening on http://127.0.0.1:" + port + "/api/v2/");
    }
}
