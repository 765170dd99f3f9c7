package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The body is over the limit: 413 {@code payload_too_large}. */
@Provider
public final class PayloadTooLargeMapper extends ErrorMapper<PayloadTooLargeException> {
    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return response(e);
    }

    static Response response(PayloadTooLargeException e) {
        return error(ErrorCode.PAYLOAD_TOO_LARGE, "Payload too large: the limit is " + e.limit() + " bytes");
    }
}
