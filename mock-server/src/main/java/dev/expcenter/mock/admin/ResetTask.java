package dev.expcenter.mock.admin;

import dev.expcenter.mock.session.SessionEngines;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** {@code POST /__admin/reset}: the data set again; only the named session's with {@code X-Mock-Session}. */
final class ResetTask implements AdminTask {
    private final SessionEngines sessions;

    ResetTask(SessionEngines sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        sessions.reset(request.getHeaderString(SessionEngines.HEADER));
        return Response.noContent().build();
    }
}
