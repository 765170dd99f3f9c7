package dev.expcenter.stub.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.EngineException;
import dev.expcenter.stub.model.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Auth0's error body ({@code statusCode}, {@code error}, {@code message}, {@code errorCode}), the spec's
 * {@code ErrorResponse}: as a JAX-RS response for the mappers and aborting filters, or as JSON text
 * (written by Jackson) for answers given before any JAX-RS application runs.
 */
public final class ErrorResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    /** The code's answer with its catalogue message. */
    public static Response of(ApiError error) {
        return of(error, error.template());
    }

    /** The code's answer with the message given. */
    public static Response of(ApiError error, String message) {
        return builder(error, message).build();
    }

    /** The answer to a broken rule of the engine, worded by {@link EngineMessages}. */
    public static Response of(EngineException e) {
        return of(ApiError.of(e.code()), EngineMessages.of(e));
    }

    /** A builder of the code's answer, to add headers to. */
    public static Response.ResponseBuilder builder(ApiError error, String message) {
        return builder(error.status(), error.wire(), message);
    }

    /** A builder of an answer with a status and no errorCode (a status the catalogue has no code for). */
    public static Response.ResponseBuilder withoutCode(int status, String message) {
        return builder(status, null, message);
    }

    private static Response.ResponseBuilder builder(int status, String errorCode, String message) {
        return Response.status(status).entity(body(status, errorCode, message)).type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The body as JSON text, for a status the HTTP layer chose (it may differ from the code's own). */
    public static String json(int status, ApiError error, String message) {
        try {
            return JSON.writeValueAsString(body(status, error.wire(), message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body is always writable", e);
        }
    }

    private static ErrorResponse body(int status, String errorCode, String message) {
        return new ErrorResponse(status, reasonPhrase(status), message).errorCode(errorCode);
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
