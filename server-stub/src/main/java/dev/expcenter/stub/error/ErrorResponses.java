package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;
import dev.expcenter.stub.model.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds responses carrying Auth0's error body; used by the mappers and by aborting filters. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** A response with the given code's status, its errorCode and the message. */
    public static Response of(ErrorCode code, String message) {
        return of(code.httpStatus(), code.wire(), message).build();
    }

    /** A builder for a response with status, errorCode (may be null) and message, to add headers to. */
    public static Response.ResponseBuilder of(int status, String errorCode, String message) {
        ErrorResponse body = new ErrorResponse(status, reasonPhrase(status), message).errorCode(errorCode);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The HTTP reason phrase of a status, used as the body's {@code error}. */
    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (Response.Status.Family.familyOf(status)) {
            case CLIENT_ERROR -> "Bad Request";
            case SERVER_ERROR -> "Internal Server Error";
            default -> "Error";
        };
    }
}
