package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.testsupport.MockClient;
import dev.expcenter.stub.testsupport.Tokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reload-enforces-scopes: the mock checks scopes against the spec it serves. A scope edited in a
 * {@code --spec} file is enforced after the reload, and an operation answered from examples checks its
 * scope like an implemented one.
 */
class ReloadEnforcesScopesTest {
    private static final String LIST = "/experimentation/experiments";
    private static final String RESULTS = "/experimentation/experiments/exp_9Km3nZ7vQwRx2yDjFs5gCp/results";
    private static final String READ = "read:experimentation";
    private static final String UPDATE = "update:experimentation";
    /** listExperiments' requirement in the packaged spec, the first of its kind in the file. */
    private static final String LIST_SECURITY = "oAuth2ClientCredentials: [read:experimentation]\n";
    /** An operation no resource implements (it needs read:experimentation), declaring Auth0's 401 and 403. */
    private static final String RESULTS_OPERATION = SpecFiles.RESULTS_OPERATION.replace("        '404':",
            "        '401':\n          $ref: '#/components/responses/Unauthorized'\n"
                    + "        '403':\n          $ref: '#/components/responses/ForbiddenRead'\n"
                    + "        '404':");

    @TempDir
    Path dir;

    private Path file;
    private MockClient mock;

    @BeforeEach
    void start() {
        file = SpecFiles.write(dir.resolve("openapi.yaml"), withResults(SpecFiles.packaged()));
        mock = MockClient.start(MockConfig.builder().specFile(file).build());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void anEditedScopeShouldBeEnforcedAfterTheReload() {
        assertThat(get(LIST, READ).statusCode()).isEqualTo(200);

        String edited = SpecFiles.packaged().replaceFirst(java.util.regex.Pattern.quote(LIST_SECURITY),
                "oAuth2ClientCredentials: [" + UPDATE + "]\n");
        assertThat(edited).isNotEqualTo(SpecFiles.packaged());
        SpecFiles.write(file, withResults(edited));

        assertThat(SpecFiles.await(Duration.ofSeconds(10), () -> get(LIST, READ).statusCode() == 403)).isTrue();
        HttpResponse<String> refused = get(LIST, READ);
        assertThat(MockClient.body(refused).path("statusCode").asInt()).isEqualTo(403);
        assertThat(MockClient.body(refused).path("errorCode").asText()).isEqualTo("insufficient_scope");
        assertThat(MockClient.body(refused).path("message").asText())
                .isEqualTo("Insufficient scope; expected any of: update:experimentation.");
        assertThat(get(LIST, UPDATE).statusCode()).isEqualTo(200);
    }

    @Test
    void anOperationServedFromExamplesShouldRefuseATokenWithoutItsScope() {
        HttpResponse<String> refused = get(RESULTS, UPDATE);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(MockClient.body(refused).path("errorCode").asText()).isEqualTo("insufficient_scope");
        assertThat(MockClient.body(refused).path("message").asText())
                .isEqualTo("Insufficient scope; expected any of: read:experimentation.");
        HttpResponse<String> served = get(RESULTS, READ);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(MockClient.body(served).path("visitors").asInt()).isEqualTo(1200);
    }

    private static String withResults(String spec) {
        return spec.replaceFirst("(?m)^paths:\\n", java.util.regex.Matcher.quoteReplacement("paths:\n" + RESULTS_OPERATION));
    }

    /** A GET with a hand-made token granting {@code scope} (dev mode takes its scope claim at face value). */
    private HttpResponse<String> get(String path, String scope) {
        HttpRequest request = HttpRequest.newBuilder(mock.server().apiUri().resolve("/api/v2" + path))
                .header("Authorization", "Bearer " + Tokens.unsigned(Tokens.claims(scope).build()))
                .GET().build();
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
