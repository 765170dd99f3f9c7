package dev.expcenter.stub.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: {@code METHOD path status ms}. No headers, no query, so no token is ever logged. */
@PreMatching
@Priority(1) // first of the request filters, last of the response filters
final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger("dev.expcenter.stub.request");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        LOG.info("{} {} {} {}ms", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus(), millis);
    }
}
