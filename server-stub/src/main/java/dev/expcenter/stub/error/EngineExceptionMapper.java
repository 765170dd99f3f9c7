package dev.expcenter.stub.error;

import dev.expcenter.engine.EngineException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A rule of the engine was broken: the catalogue's status and code for it, the message {@link EngineMessages} words. */
@Provider
public final class EngineExceptionMapper extends ErrorMapper<EngineException> {
    @Override
    public Response toResponse(EngineException e) {
        return ErrorResponses.of(e);
    }
}
