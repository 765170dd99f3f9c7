package dev.expcenter.stub.auth;

import java.nio.file.Path;

/**
 * How {@link AuthMode#JWT} verifies tokens: exactly one key source (HS256 secret, RS256 public key PEM
 * file, or JWKS file); the issuer and audience are checked when set.
 *
 * @param secret HS256 shared secret, at least 32 bytes, or null
 * @param publicKeyPem PEM file with an RSA public key or certificate (RS256), or null
 * @param jwksFile JSON Web Key Set file (RS256), or null
 * @param issuer the required {@code iss}, or null for any
 * @param audience the required {@code aud}, or null for any
 */
public record JwtSettings(String secret, Path publicKeyPem, Path jwksFile, String issuer, String audience) {
    /** No key, no issuer, no audience: what dev mode carries. */
    public static final JwtSettings NONE = new JwtSettings(null, null, null, null, null);

    /** How many key sources are set. */
    public int keySources() {
        return (secret == null ? 0 : 1) + (publicKeyPem == null ? 0 : 1) + (jwksFile == null ? 0 : 1);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "JwtSettings[secret=" + (secret == null ? "none" : "***") + ", publicKeyPem=" + publicKeyPem
                + ", jwksFile=" + jwksFile + ", issuer=" + issuer + ", audience=" + audience + "]";
    }
}
