package dev.expcenter.stub.data;

/** A write the state database did not commit (disk full, read-only file, I/O error); the message names the file and SQLite's reason. */
public final class StateNotSavedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateNotSavedException(String message, Throwable cause) {
        super(message, cause);
    }
}
