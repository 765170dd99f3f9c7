package dev.expcenter.stub.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else is a bug: logged with its stack trace here, answered 500 {@code internal_error} with no detail. */
@Provider
public final class CatchAllMapper extends ErrorMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(CatchAllMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("Unhandled exception", e);
        return ErrorResponses.of(ApiError.INTERNAL_ERROR);
    }
}
