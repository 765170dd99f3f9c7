package dev.expcenter.mock.admin;

import dev.expcenter.mock.UnknownProviderStateException;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A provider state the catalogue does not know: 400 {@code unknown_provider_state}, naming it. */
@Provider
public final class UnknownProviderStateMapper implements ExceptionMapper<UnknownProviderStateException> {

    @Override
    public Response toResponse(UnknownProviderStateException e) {
        return ErrorResponses.of(ApiError.UNKNOWN_PROVIDER_STATE, e.getMessage());
    }
}
