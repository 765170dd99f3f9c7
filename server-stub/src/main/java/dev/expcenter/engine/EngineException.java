package dev.expcenter.engine;

import java.util.List;
import java.util.Objects;

/** A broken rule: an error code, the HTTP status to answer with, and a message for humans. */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final int httpStatus;

    /** An error answered with the code's default status. */
    public EngineException(ErrorCode code, String message) {
        this(code, code.httpStatus(), message);
    }

    /** An error answered with a status other than the code's default. */
    public EngineException(ErrorCode code, int httpStatus, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.httpStatus = httpStatus;
    }

    /** The error code. */
    public ErrorCode code() {
        return code;
    }

    /** The HTTP status to answer with. */
    public int httpStatus() {
        return httpStatus;
    }

    static EngineException invalidBody(String what, String property) {
        return new EngineException(ErrorCode.INVALID_BODY,
                "Payload validation error: '" + what + "'" + (property.isEmpty() ? "" : " on property " + property));
    }

    /** A move the lifecycle forbids, in Auth0's words, then the statuses (wire values) involved. */
    static EngineException forbiddenTransition(Enum<?> from, Enum<?> to, List<? extends Enum<?>> allowed) {
        return new EngineException(ErrorCode.INVALID_STATUS_TRANSITION,
                "Status transition is not allowed. Cannot move from '" + Wire.of(from) + "' to '" + Wire.of(to)
                        + "'; allowed: " + (allowed.isEmpty() ? "none"
                        : allowed.stream().map(Wire::of).collect(java.util.stream.Collectors.joining(", "))) + ".");
    }

    static EngineException invalidQuery(String what, String parameter) {
        return new EngineException(ErrorCode.INVALID_QUERY_STRING,
                "Query validation error: '" + what + "' on parameter " + parameter);
    }
}
