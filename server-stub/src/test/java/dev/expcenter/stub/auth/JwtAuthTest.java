package dev.expcenter.stub.auth;

import static dev.expcenter.stub.testsupport.StubHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.testsupport.StubHarness;
import dev.expcenter.stub.testsupport.Tokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthTest {
    private static final String EXPERIMENT = "experimentation/experiments/exp_1";
    private static final String READ = "read:experimentation";
    private StubHarness stub;

    @BeforeAll
    void start() {
        stub = StubHarness.start(StubConfig.builder().authMode(AuthMode.JWT).jwtSecret(Tokens.SECRET)
                .jwtIssuer(Tokens.ISSUER).jwtAudience(Tokens.AUDIENCE).build());
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    private static HttpResponse<String> getWith(StubHarness stub, String token) {
        return stub.send(HttpRequest.newBuilder(stub.uri(EXPERIMENT)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> getWith(String token) {
        return getWith(stub, token);
    }

    @Test
    void validTokenWithTheScopeShouldBeAllowed() {
        assertThat(getWith(Tokens.hs256(Tokens.claims(READ).build())).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredTokenShouldBeInvalid() {
        String token = Tokens.hs256(Tokens.claims(READ)
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build());

        assertError(getWith(token), 401, "invalid_token", "Invalid token.");
    }

    @Test
    void tokenWithoutExpiryShouldBeInvalid() {
        assertError(getWith(Tokens.hs256(Tokens.claims(READ).expirationTime(null).build())),
                401, "invalid_token", "Invalid token.");
    }

    @Test
    void badSignatureShouldBeInvalid() {
        String token = Tokens.hs256(Tokens.claims(READ).build(), "another-secret-of-at-least-32-bytes!!");

        assertError(getWith(token), 401, "invalid_token", "Invalid signature received for JSON Web Token validation.");
    }

    @Test
    void unsignedTokenShouldBeInvalid() {
        assertError(getWith(Tokens.unsigned(Tokens.claims(READ).build())), 401, "invalid_token", "Invalid token.");
    }

    @Test
    void wrongIssuerShouldBeInvalid() {
        assertError(getWith(Tokens.hs256(Tokens.claims(READ).issuer("https://evil.example/").build())),
                401, "invalid_token", "Invalid token.");
    }

    @Test
    void wrongAudienceShouldBeInvalid() {
        assertError(getWith(Tokens.hs256(Tokens.claims(READ).audience("https://other.example/").build())),
                401, "invalid_token", "Invalid token.");
    }

    @Test
    void opaqueTokenShouldBeInvalid() {
        assertError(getWith("opaque-token"), 401, "invalid_token", "Invalid token.");
    }

    @Test
    void validTokenWithoutTheScopeShouldBeInsufficientScope() {
        HttpResponse<String> response = getWith(Tokens.hs256(Tokens.claims("delete:experimentation").build()));

        assertError(response, 403, "insufficient_scope", "Insufficient scope; expected any of: " + READ + ".");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer error=\"insufficient_scope\", scope=\"" + READ + "\"");
    }

    @Test
    void rs256TokensShouldBeVerifiedWithAJwksFileOrAPublicKeyPem(@TempDir Path dir) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
        Path pem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String token = Tokens.sign(Tokens.claims(READ).build(),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").type(JOSEObjectType.JWT).build(),
                new RSASSASigner(key));
        String forged = Tokens.hs256(Tokens.claims(READ).build());

        for (StubConfig config : new StubConfig[] {
                StubConfig.builder().authMode(AuthMode.JWT).jwtJwks(jwks).build(),
                StubConfig.builder().authMode(AuthMode.JWT).jwtPublicKey(pem).build()}) {
            try (StubHarness rs256 = StubHarness.start(config)) {
                assertThat(getWith(rs256, token).statusCode()).isEqualTo(200);
                assertError(getWith(rs256, forged), 401, "invalid_token", "Invalid token.");
            }
        }
    }
}
