package dev.expcenter.stub.error;

import dev.expcenter.engine.EngineException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A rule of the engine was broken: its code, status and message go out as they are. */
@Provider
public final class EngineExceptionMapper extends ErrorMapper<EngineException> {
    @Override
    public Response toResponse(EngineException e) {
        return error(e.httpStatus(), e.code().wire(), e.getMessage());
    }
}
