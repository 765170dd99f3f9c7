package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** No route matches the path: 404 {@code not_found}. */
@Provider
public final class NotFoundMapper extends ErrorMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return error(ErrorCode.NOT_FOUND, "Not Found");
    }
}
