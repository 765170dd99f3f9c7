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

    /** 400 {@code invalid_body} in Auth0's form: {@code Payload validation error: '<what>' on property <path>}. */
    protected static Response invalidBody(String what, String path) {
        String where = path.isEmpty() ? "" : " on property " + path;
        return error(ErrorCode.INVALID_BODY, "Payload validation error: '" + what + "'" + where);
    }
}
