package dev.expcenter.stub.error;

import dev.expcenter.stub.form.FormBodyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A form body that cannot become JSON (a gap in indices, a malformed key): 400 {@code invalid_body}, worded as for JSON. */
@Provider
public final class FormBodyMapper extends ErrorMapper<FormBodyException> {
    @Override
    public Response toResponse(FormBodyException e) {
        return invalidBody(e.what(), e.property());
    }
}
