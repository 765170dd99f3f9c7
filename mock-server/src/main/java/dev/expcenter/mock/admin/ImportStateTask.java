package dev.expcenter.mock.admin;

import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.JsonSnapshot;
import dev.expcenter.stub.server.ApiResources;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * {@code PUT /__admin/state}: replaces the whole state (a session's with the header) with the
 * document sent: a state document as {@code GET /__admin/state} exports it, or a JSON state file of
 * {@code --state-file} (its envelope). A document that does not parse, breaks the schema or is inconsistent is a 400
 * naming the place and the reason, and nothing changes.
 */
final class ImportStateTask implements AdminTask {
    static final String SOURCE = "request body";

    private final SessionEngines sessions;
    // Its bean validator, slow to start, is built on the first import, not with the server.
    private final JsonSnapshot snapshots = new JsonSnapshot(ApiResources.stateFile());

    ImportStateTask(SessionEngines sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        ExperimentCenter engine = sessions.select(request.getHeaderString(SessionEngines.HEADER));
        EngineState state = snapshots.read(request.getEntityStream(), SOURCE);
        engine.replace(state);
        sessions.extras().forget(engine);
        return Response.noContent().build();
    }
}
