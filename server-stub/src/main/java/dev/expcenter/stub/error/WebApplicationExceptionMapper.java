package dev.expcenter.stub.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other {@link WebApplicationException}: its status is kept, the body is the generic Auth0 one
 * (reason phrase as message), never the exception's own text or entity.
 */
@Provider
public final class WebApplicationExceptionMapper extends ErrorMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed with {}", status, e);
        }
        if (status < 400) {
            // A redirect or similar thrown on purpose: answer it as built.
            return e.getResponse();
        }
        ApiError code = ApiError.forStatus(status);
        String message = ErrorResponses.reasonPhrase(status);
        return code == null ? ErrorResponses.withoutCode(status, message).build() : error(code, message);
    }
}
