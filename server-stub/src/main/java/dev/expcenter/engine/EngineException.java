package dev.expcenter.engine;

/** Placeholder: the engine branch owns this class and its version wins at merge. */
public class EngineException extends RuntimeException {
    private final ErrorCode code;

    public EngineException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code of the failure. */
    public ErrorCode code() {
        return code;
    }

    /** The HTTP status to answer with. */
    public int httpStatus() {
        return code.httpStatus();
    }
}
