package dev.expcenter.mock.admin;

import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An imported state document that cannot be loaded: 400 {@code invalid_body}, naming the place and reason. */
@Provider
public final class InvalidStateMapper implements ExceptionMapper<InvalidStateException> {
    @Override
    public Response toResponse(InvalidStateException e) {
        return ErrorResponses.of(ApiError.INVALID_BODY, e.getMessage());
    }
}
