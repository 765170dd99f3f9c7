package dev.expcenter.mock.admin;

import dev.expcenter.mock.ProviderStateHandler;
import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.StateDocument;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;

/** Every admin route, in one table (the README has the same one). None needs a token. */
public final class AdminRoutes {
    /** Where the admin API lives. */
    public static final String BASE = "/__admin";

    private AdminRoutes() {
    }

    /**
     * The routes, in the README's order. An operation of one call is written in place; the others are
     * task classes of their own.
     */
    static List<Route> table(SessionEngines sessions, RequestJournal journal, ProviderStateHandler states) {
        return List.of(
                new Route("GET", "/health", new HealthTask()),
                // The data set again; only the named session's with X-Mock-Session.
                new Route("POST", "/reset", request -> {
                    sessions.reset(request.getHeaderString(SessionEngines.HEADER));
                    return Response.noContent().build();
                }),
                // The whole state as a state document (a session's with the header).
                new Route("GET", "/state", request -> Response.ok(StateDocument.of(
                        sessions.select(request.getHeaderString(SessionEngines.HEADER)).snapshot())).build()),
                new Route("PUT", "/state", new ImportStateTask(sessions)),
                new Route("GET", "/requests", new ListRequestsTask(journal)),
                // Forgets the journal.
                new Route("DELETE", "/requests", request -> {
                    journal.clear();
                    return Response.noContent().build();
                }),
                new Route("POST", "/provider-states", new ProviderStatesTask(sessions, states)),
                new Route("GET", "/sessions/{name}/pact", new SessionPactTask(sessions)));
    }

    /** Registers the admin routes, and the mappers of their own errors, on the root application. */
    public static void register(ResourceConfig root, SessionEngines sessions, RequestJournal journal,
                                ProviderStateHandler states) {
        Map<String, Resource.Builder> byPath = new LinkedHashMap<>();
        for (Route route : table(sessions, journal, states)) {
            byPath.computeIfAbsent(BASE + route.path(), Resource::builder)
                    .addMethod(route.method())
                    .produces(MediaType.APPLICATION_JSON_TYPE)
                    .handledBy(new TaskInflector(route.task()));
        }
        byPath.values().forEach(builder -> root.registerResources(builder.build()));
        root.register(InvalidStateMapper.class);
        root.register(UnknownProviderStateMapper.class);
    }

    record Route(String method, String path, AdminTask task) {
    }

    /** A class, not a lambda: Jersey reads the request type from the generic interface. */
    private static final class TaskInflector implements Inflector<ContainerRequestContext, Response> {
        private final AdminTask task;

        TaskInflector(AdminTask task) {
            this.task = task;
        }

        @Override
        public Response apply(ContainerRequestContext request) {
            return task.execute(request);
        }
    }
}
