package dev.expcenter.mock.admin;

import dev.expcenter.mock.pact.SessionPact;
import dev.expcenter.mock.session.RecordedCall;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.mock.session.SessionRecording;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /__admin/sessions/{name}/pact?consumer=CONSUMER}: a Pact (specification 3) document of
 * the calls session {@code name} made, one interaction per shape ({@link SessionPact}).
 */
final class SessionPactTask implements AdminTask {
    /** Pact Broker's practice for pacticipant names: letters, digits and {@code . _ -}. */
    private static final Pattern CONSUMER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final SessionEngines sessions;

    SessionPactTask(SessionEngines sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        String consumer = request.getUriInfo().getQueryParameters().getFirst("consumer");
        if (consumer == null || !CONSUMER.matcher(consumer).matches()) {
            return ErrorResponses.of(ApiError.INVALID_QUERY_STRING, "Query validation error: 'consumer' must be 1 to 100"
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit; got '" + consumer + "'");
        }
        String name = request.getUriInfo().getPathParameters().getFirst("name");
        List<RecordedCall> calls = sessions.recording(name).map(SessionRecording::calls).orElse(List.of());
        if (calls.isEmpty()) {
            return ErrorResponses.of(ApiError.NOT_FOUND, "Session '" + name + "' has recorded no calls: it was never"
                    + " used, or was reset, expired or evicted");
        }
        return Response.ok(SessionPact.of(consumer, name, calls)).build();
    }
}
