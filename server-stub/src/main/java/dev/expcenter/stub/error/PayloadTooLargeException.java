package dev.expcenter.stub.error;

import jakarta.ws.rs.ClientErrorException;

/** The request body is larger than the configured limit (413). */
public final class PayloadTooLargeException extends ClientErrorException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes", 413);
        this.limit = limit;
    }

    /** The limit, in bytes. */
    public long limit() {
        return limit;
    }
}
