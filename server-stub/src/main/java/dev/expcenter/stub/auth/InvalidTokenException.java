package dev.expcenter.stub.auth;

/** The bearer token was rejected; the message says why and never contains the token. */
final class InvalidTokenException extends Exception {
    InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
