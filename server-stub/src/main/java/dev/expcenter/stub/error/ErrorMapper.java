package dev.expcenter.stub.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Base of every exception mapper: the answer is always Auth0's error body as JSON. */
abstract class ErrorMapper<E extends Throwable> implements ExceptionMapper<E> {

    protected static Response error(ApiError code, String message) {
        return ErrorResponses.of(code, message);
    }

    /** 400 {@code invalid_body}, worded by {@link Validation}. */
    protected static Response invalidBody(String what, String path) {
        return Validation.response(Validation.Part.BODY, what, path);
    }
}
