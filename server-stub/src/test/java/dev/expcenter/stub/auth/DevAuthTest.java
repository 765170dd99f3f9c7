package dev.expcenter.stub.auth;

import static dev.expcenter.stub.testsupport.StubHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.testsupport.StubHarness;
import dev.expcenter.stub.testsupport.Tokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevAuthTest {
    private static final String EXPERIMENT = "experimentation/experiments/exp_1";
    private StubHarness stub;

    @BeforeAll
    void start() {
        stub = StubHarness.start();
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    private HttpResponse<String> getWith(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stub.uri(EXPERIMENT)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return stub.send(request);
    }

    @Test
    void noAuthorizationShouldBeMissingAuthentication() {
        HttpResponse<String> response = getWith(null);

        assertError(response, 401, "invalid_token", "Missing authentication");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void nonBearerAuthorizationShouldBeInvalidToken() {
        assertError(getWith("Basic dXNlcjpwYXNz"), 401, "invalid_token", "Invalid token.");
    }

    @Test
    void emptyBearerShouldBeInvalidToken() {
        assertError(getWith("Bearer  "), 401, "invalid_token", "Invalid token.");
    }

    @Test
    void opaqueTokenShouldHaveEveryScope() {
        assertThat(getWith("Bearer anything-at-all").statusCode()).isEqualTo(200);
    }

    @Test
    void unverifiedJwtWithTheScopeShouldBeAllowed() {
        String token = Tokens.hs256(Tokens.claims("read:experimentation").build(),
                "some-other-secret-nobody-checks-in-dev-mode");

        assertThat(getWith("Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedJwtWithTheScopeShouldBeAllowed() {
        String token = Tokens.unsigned(Tokens.claims("create:experimentation read:experimentation").build());

        assertThat(getWith("Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void jwtWithoutTheScopeShouldBeInsufficientScope() {
        HttpResponse<String> response = getWith("Bearer " + Tokens.unsigned(
                Tokens.claims("create:experimentation").build()));

        assertError(response, 403, "insufficient_scope",
                "Insufficient scope; expected any of: read:experimentation.");
    }

    @Test
    void operationAbsentFromTheSpecShouldNeedNoScope() {
        HttpResponse<String> response = stub.send(HttpRequest.newBuilder(stub.uri("probes"))
                .header("Authorization", "Bearer " + Tokens.unsigned(Tokens.claims(null).build())).GET());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void operationAbsentFromTheSpecShouldStillNeedAToken() {
        assertError(stub.send(HttpRequest.newBuilder(stub.uri("probes")).GET()),
                401, "invalid_token", "Missing authentication");
    }
}
