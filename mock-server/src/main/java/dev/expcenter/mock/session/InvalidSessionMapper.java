package dev.expcenter.mock.session;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bad session name: 400 {@code invalid_headers}, in Auth0's error format. */
@Provider
public final class InvalidSessionMapper implements ExceptionMapper<InvalidSessionException> {
    @Override
    public Response toResponse(InvalidSessionException e) {
        return ErrorResponses.of(ApiError.INVALID_HEADERS, e.getMessage());
    }
}
