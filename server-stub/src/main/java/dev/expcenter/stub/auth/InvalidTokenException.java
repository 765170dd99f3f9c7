package dev.expcenter.stub.auth;

/** The bearer token was rejected; the message says why and never contains the token. */
final class InvalidTokenException extends Exception {
    private final boolean badSignature;

    InvalidTokenException(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private InvalidTokenException(String reason, Throwable cause, boolean badSignature) {
        super(reason, cause);
        this.badSignature = badSignature;
    }

    /** A well-formed JWT whose signature does not verify: Auth0 answers it with its own message. */
    static InvalidTokenException badSignature(Throwable cause) {
        return new InvalidTokenException(cause.getMessage(), cause, true);
    }

    /** Whether the token was refused for its signature alone. */
    boolean isBadSignature() {
        return badSignature;
    }
}
