package dev.expcenter.mock.admin;

import dev.expcenter.mock.journal.RequestJournal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** {@code DELETE /__admin/requests}: forgets the journal. */
final class ClearRequestsTask implements AdminTask {
    private final RequestJournal journal;

    ClearRequestsTask(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        journal.clear();
        return Response.noContent().build();
    }
}
