package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Base of every exception mapper: the answer is always Auth0's error body as JSON. */
abstract class ErrorMapper<E extends Throwable> implements ExceptionMapper<E> {

    protected static Response error(ErrorCode code, String message) {
        return ErrorResponses.of(code, message);
    }

    protected static Response error(int status, String errorCode, String message) {
        return ErrorResponses.of(status, errorCode, message).build();
    }
}
