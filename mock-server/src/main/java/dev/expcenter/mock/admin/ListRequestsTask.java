package dev.expcenter.mock.admin;

import dev.expcenter.engine.ErrorCode;
import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.stub.error.ErrorResponses;
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
            return ErrorResponses.of(ErrorCode.INVALID_QUERY_STRING,
                    "Query validation error: 'limit' must be a whole number of at least 1; got '" + limitParam + "'");
        }
        return Response.ok(Map.of("requests", journal.recent(limit))).build();
    }
}
