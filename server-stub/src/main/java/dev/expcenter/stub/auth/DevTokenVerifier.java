package dev.expcenter.stub.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;

/**
 * Dev mode: every token is accepted. A JWT's {@code scope} claim is honoured without checking the
 * signature (so a 403 can be tried with a hand-made token); anything else has every scope.
 */
final class DevTokenVerifier implements TokenVerifier {
    @Override
    public Grant verify(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Grant.ALL;
        }
        try {
            JWT jwt = JWTParser.parse(token);
            return TokenVerifier.scopesOf(jwt.getJWTClaimsSet());
        } catch (ParseException | RuntimeException notAJwt) {
            return Grant.ALL;
        }
    }
}
