package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;
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
        return error(status, errorCode(status), ErrorResponses.reasonPhrase(status));
    }

    /** The infrastructure code of a status, if it has one; the body then carries no errorCode. */
    private static String errorCode(int status) {
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.TOO_MANY_REQUESTS;
            case 500 -> ErrorCode.INTERNAL_ERROR;
            default -> null;
        };
        return code == null ? null : code.wire();
    }
}
