package dev.expcenter.stub.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;

/** Hand-made JWTs for the auth tests. */
public final class Tokens {
    public static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";
    public static final String ISSUER = "https://tenant.example.auth0.com/";
    public static final String AUDIENCE = "https://tenant.example.auth0.com/api/v2/";

    private Tokens() {
    }

    /** Claims valid for the test issuer and audience, expiring in an hour. */
    public static JWTClaimsSet.Builder claims(String scope) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("client@clients")
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        return scope == null ? claims : claims.claim("scope", scope);
    }

    public static String hs256(JWTClaimsSet claims) {
        return hs256(claims, SECRET);
    }

    public static String hs256(JWTClaimsSet claims, String secret) {
        return sign(claims, new JWSHeader(JWSAlgorithm.HS256), macSigner(secret));
    }

    public static String sign(JWTClaimsSet claims, JWSHeader header, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** An unsecured token: {@code alg: none}. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static MACSigner macSigner(String secret) {
        try {
            return new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
