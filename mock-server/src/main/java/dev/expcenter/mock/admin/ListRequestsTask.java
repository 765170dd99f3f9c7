package dev.expcenter.mock.admin;

import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.stub.error.Validation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /__admin/requests?limit=N}: recent API requests, newest first (100 by default). */
final class ListRequestsTask implements AdminTask {
    static final int DEFAULT_LIMIT = 100;

    private final RequestJournal journal;

    ListRequestsTask(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        String limitParam = request.getUriInfo().getQueryParameters().getFirst("limit");
        int limit;
        try {
            limit = limitParam == null ? DEFAULT_LIMIT : Integer.parseInt(limitParam.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1) {
            return Validation.response(Validation.Part.QUERY,
                    "Value must be a whole number of at least 1; got '" + limitParam + "'", "limit");
        }
        return Response.ok(Map.of("requests", journal.recent(limit))).build();
    }
}
