package dev.expcenter.mock.spec;

import dev.expcenter.mock.server.WrittenEntity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks every API response against the spec: status declared, headers and body as documented.
 * Body-less responses are checked in the response filter; others in the writer interceptor, on the
 * exact bytes sent (buffered, so that strict mode can still answer 500 instead).
 */
@Priority(Priorities.USER)
final class ResponseValidation implements ContainerResponseFilter, WriterInterceptor {
    private static final String PENDING = ResponseValidation.class.getName() + ".pending";
    private static final String DONE = ResponseValidation.class.getName() + ".done";

    private final SpecSource source;
    private final Consumer<SpecViolation> report;

    /** Checks responses against {@code source}; each violation found goes to {@code report}. */
    ResponseValidation(SpecSource source, Consumer<SpecViolation> report) {
        this.source = source;
        this.report = report;
    }

    private record Pending(SpecOperation operation, String method, String path, int status) {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DONE) != null) {
            return; // The 500 that replaced a violation in strict mode.
        }
        if ("HEAD".equals(request.getMethod())) {
            return; // GET's operation without its body: the spec declares no HEAD to check it against.
        }
        java.util.Optional<SpecOperation> operation = operation(request);
        if (operation.isEmpty()) {
            return; // Not in the spec (a 404 or 405): nothing declares it.
        }
        Pending pending = new Pending(operation.get(), request.getMethod(), ApiCall.path(request), response.getStatus());
        if (response.hasEntity()) {
            request.setProperty(PENDING, pending);
            return;
        }
        request.setProperty(DONE, Boolean.TRUE);
        check(pending, response.getHeaderString("Content-Type"), response.getStringHeaders(), null);
    }

    /**
     * The request's operation; for a request Jersey matched to nothing (a 406 or 415 from routing) or
     * that a filter answered before matching (413, 429, 431), the operation its method and path would
     * have called: those answers are checked where the operation declares them.
     */
    private java.util.Optional<SpecOperation> operation(ContainerRequestContext request) {
        if (dev.expcenter.stub.operation.OperationFilter.isMatched(request)) {
            return ApiCall.operation(request);
        }
        return ApiCall.spec(request, source).operations().find(request.getMethod(), ApiCall.path(request));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Pending pending = WrittenEntity.take(context, PENDING, Pending.class);
        if (pending == null) {
            context.proceed();
            return;
        }
        context.setProperty(DONE, Boolean.TRUE);
        byte[] body = WrittenEntity.capture(context);
        MultivaluedMap<String, Object> headers = context.getHeaders();
        String contentType = context.getMediaType() != null ? context.getMediaType().toString()
                : Objects.toString(headers.getFirst("Content-Type"), null);
        check(pending, contentType, headers, body);
        context.getOutputStream().write(body);
    }

    private void check(Pending pending, String contentType, Map<String, ? extends List<?>> headers, byte[] body) {
        List<String> problems = pending.operation().rules().checkResponse(pending.status(), contentType, headers, body);
        if (problems.isEmpty()) {
            return;
        }
        report.accept(new SpecViolation(Instant.now(), pending.method(), pending.path(), pending.status(), problems));
    }
}
