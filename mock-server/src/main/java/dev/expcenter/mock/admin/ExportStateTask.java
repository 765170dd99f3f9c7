package dev.expcenter.mock.admin;

import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.StateDocument;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** {@code GET /__admin/state}: the whole state as a state document (a session's with the header). */
final class ExportStateTask implements AdminTask {
    private final SessionEngines sessions;

    ExportStateTask(SessionEngines sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        return Response.ok(StateDocument.of(sessions.select(request.getHeaderString(SessionEngines.HEADER))
                .snapshot())).build();
    }
}
