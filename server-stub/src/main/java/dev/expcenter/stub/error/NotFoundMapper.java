package dev.expcenter.stub.error;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** No route matches the path: 404 {@code not_found}. */
@Provider
public final class NotFoundMapper extends ErrorMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorResponses.of(ApiError.NOT_FOUND);
    }
}
