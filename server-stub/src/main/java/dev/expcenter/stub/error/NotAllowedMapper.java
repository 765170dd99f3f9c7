package dev.expcenter.stub.error;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The route exists but not for this method: 405 {@code method_not_allowed}, keeping the Allow header. */
@Provider
public final class NotAllowedMapper extends ErrorMapper<NotAllowedException> {
    @Context
    private Request request;

    @Override
    public Response toResponse(NotAllowedException e) {
        String method = request == null ? "This method" : "Method " + request.getMethod();
        Response.ResponseBuilder response = ErrorResponses.builder(ApiError.METHOD_NOT_ALLOWED,
                ApiError.METHOD_NOT_ALLOWED.message("method", method));
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }
}
