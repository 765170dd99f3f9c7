package dev.expcenter.stub.data;

/** A data file or state import that cannot be loaded; the message names the source, place and reason. */
public final class InvalidStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
