package dev.expcenter.mock.journal;

import dev.expcenter.mock.session.SessionEngines;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Instant;

/** Records every API response in the journal, the ones aborted by filters (401, 429, preflight) included. */
@PreMatching
@Priority(2) // right after the request log: times the whole request, sees every final status
public final class JournalFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = JournalFilter.class.getName() + ".started";
    private static final int MAX_SESSION_CHARS = 64;

    private final RequestJournal journal;

    /** A filter recording into {@code journal}. */
    public JournalFilter(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, new Started(Instant.now(), System.nanoTime()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Started started = request.getProperty(STARTED) instanceof Started s ? s : new Started(Instant.now(), System.nanoTime());
        String session = request.getHeaderString(SessionEngines.HEADER);
        if (session != null && session.length() > MAX_SESSION_CHARS) {
            session = session.substring(0, MAX_SESSION_CHARS);
        }
        journal.record(new JournalEntry(started.at(), request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(),
                (System.nanoTime() - started.nanos()) / 1_000_000, session));
    }

    private record Started(Instant at, long nanos) {
    }
}
