package dev.expcenter.stub.auth;

/** How bearer tokens are checked. */
public enum AuthMode {
    /** Any bearer token; a JWT's {@code scope} claim is honoured unverified, an opaque token has every scope. */
    DEV,
    /** JWTs only, with signature, {@code exp}, {@code iss}, {@code aud} and {@code scope} checked. */
    JWT
}
