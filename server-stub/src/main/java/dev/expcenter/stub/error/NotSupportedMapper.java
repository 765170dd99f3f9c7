package dev.expcenter.stub.error;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The body's content type is not one the operation consumes: 415 {@code unsupported_media_type}. */
@Provider
public final class NotSupportedMapper extends ErrorMapper<NotSupportedException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(NotSupportedException e) {
        String type = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return error(ApiError.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + (type == null ? "(none)" : type)
                + " is not supported, use application/json or application/x-www-form-urlencoded");
    }
}
