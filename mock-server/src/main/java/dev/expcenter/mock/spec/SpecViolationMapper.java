package dev.expcenter.mock.spec;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A strict-mode violation: 500 {@code spec_violation} naming the problem (it is the server's own fault). */
final class SpecViolationMapper implements ExceptionMapper<SpecViolationException> {
    @Override
    public Response toResponse(SpecViolationException e) {
        return ErrorResponses.of(ApiError.SPEC_VIOLATION, e.getMessage());
    }
}
