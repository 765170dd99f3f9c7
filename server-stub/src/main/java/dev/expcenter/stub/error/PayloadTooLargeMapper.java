package dev.expcenter.stub.error;

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
        return error(ApiError.PAYLOAD_TOO_LARGE, ApiError.PAYLOAD_TOO_LARGE.message("limit", e.limit()));
    }
}
