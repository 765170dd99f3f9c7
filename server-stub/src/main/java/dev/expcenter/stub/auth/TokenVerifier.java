package dev.expcenter.stub.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;

/** Turns a bearer token into the scopes it grants. */
interface TokenVerifier {
    Grant verify(String token) throws InvalidTokenException;

    /** The verifier of a mode; fails fast on unusable JWT settings. */
    static TokenVerifier of(AuthMode mode, JwtSettings jwt) {
        return mode == AuthMode.JWT ? JwtTokenVerifier.create(jwt) : new DevTokenVerifier();
    }

    /** The space-separated {@code scope} claim (a JSON array is accepted too). */
    static Grant scopesOf(JWTClaimsSet claims) throws ParseException {
        Object scope = claims.getClaim("scope");
        if (scope instanceof String text) {
            return Grant.of(Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        if (scope instanceof List<?>) {
            return Grant.of(claims.getStringListClaim("scope"));
        }
        return Grant.of(List.of());
    }
}
