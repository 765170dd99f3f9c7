package dev.expcenter.mock.session;

import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bad session name: 400 {@code invalid_headers}, in Auth0's error format. */
@Provider
public final class InvalidSessionMapper implements ExceptionMapper<InvalidSessionException> {
    /** The errorCode, after Auth0's {@code invalid_body}, {@code invalid_uri}, {@code invalid_query_string}. */
    public static final String ERROR_CODE = "invalid_headers";

    @Override
    public Response toResponse(InvalidSessionException e) {
        return ErrorResponses.of(400, ERROR_CODE, e.getMessage()).build();
    }
}
