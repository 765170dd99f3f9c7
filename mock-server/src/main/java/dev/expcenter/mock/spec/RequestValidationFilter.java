package dev.expcenter.mock.spec;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Validates method, path, query and JSON body against the current spec and answers Auth0's 400 on
 * the first problem (a body on an operation that declares none is ignored, as the stub ignores it). Post-matching, after authentication (so 401/403 come first) and before the
 * forcing filter. The body is buffered and put back for the resource, whose own Jackson and bean
 * validation stay as a second line.
 */
@Priority(Priorities.USER)
final class RequestValidationFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        Optional<SpecOperation> operation = ApiCall.operation(request);
        if (operation.isEmpty()) {
            return; // Not in the spec: routing answers 404 or 405, or a resource the served spec dropped answers.
        }
        OperationRules rules = operation.get().rules();
        // A body on an operation that declares none is not read at all: the stub's resource ignores it.
        byte[] body = rules.takesBody() ? body(request) : null;
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        rules.checkRequest(ApiCall.path(request), request.getUriInfo().getQueryParameters(), request.getHeaders(), body)
                .map(RequestProblems::toResponse)
                .ifPresent(request::abortWith);
    }

    /** The body's bytes, or null when there is none (not {@code hasEntity()}: it can block on upgrades). */
    private static byte[] body(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        if (!chunked && (length == null || length.trim().equals("0"))) {
            return null;
        }
        try {
            byte[] bytes = request.getEntityStream().readAllBytes();
            return bytes.length == 0 ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
