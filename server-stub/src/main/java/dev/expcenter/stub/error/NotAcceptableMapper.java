package dev.expcenter.stub.error;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The client accepts no type the operation produces: 406 {@code not_acceptable}, answered in JSON anyway. */
@Provider
public final class NotAcceptableMapper extends ErrorMapper<NotAcceptableException> {
    @Override
    public Response toResponse(NotAcceptableException e) {
        return ErrorResponses.of(ApiError.NOT_ACCEPTABLE);
    }
}
