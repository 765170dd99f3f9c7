package dev.expcenter.mock.admin;

import dev.expcenter.mock.UnknownProviderStateException;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A provider state the catalogue does not know: 400 {@code unknown_provider_state}, naming it. */
@Provider
public final class UnknownProviderStateMapper implements ExceptionMapper<UnknownProviderStateException> {
    /** The errorCode of the answer. */
    public static final String ERROR_CODE = "unknown_provider_state";

    @Override
    public Response toResponse(UnknownProviderStateException e) {
        return ErrorResponses.of(400, ERROR_CODE, e.getMessage()).build();
    }
}
