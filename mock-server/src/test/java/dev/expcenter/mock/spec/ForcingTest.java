package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.testsupport.MockApi;
import dev.expcenter.mock.junit.ExpcenterMock;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ForcingTest {
    @RegisterExtension
    static final ExpcenterMock MOCK = ExpcenterMock.builder().configure(c -> c.strictness(Strictness.FAIL)).build();

    private static MockApi mock;

    @TempDir
    Path dir;

    @BeforeAll
    static void client() {
        mock = MockApi.on(MOCK.server());
    }

    private static HttpResponse<String> getWith(String path, String prefer) {
        return mock.send(mock.request(path).header("Prefer", prefer).GET());
    }

    private static HttpResponse<String> transition(String id, String status, String prefer) {
        return mock.send(mock.request("experimentation/experiments/" + id + "/status").header("Prefer", prefer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"" + status + "\"}")));
    }

    @Test
    void preferCodeShouldAnswerTheDocumentedResponse() {
        String id = mock.draftExperiment();

        HttpResponse<String> response = getWith("experimentation/experiments/" + id, "code=404");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("inexistent_experiment");
        assertThat(response.headers().firstValue("x-mock-forced")).isPresent();
    }

    @Test
    void preferCodeAndExampleShouldCombine() {
        String id = mock.draftExperiment();

        HttpResponse<String> response = transition(id, "active", "code=400, example=invalidWeights");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("experiment_invalid_allocation_weights");
    }

    @Test
    void preferExampleShouldPickTheResponseThatDeclaresIt() {
        String id = mock.draftExperiment();

        HttpResponse<String> response = transition(id, "paused", "example=invalidTransition");

        // Auth0's document: a forbidden transition is a 400.
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("invalid_status_transition");
    }

    @Test
    void forcedConflictShouldLeaveTheExperimentAsItWas() {
        String id = mock.draftExperiment();
        String before = mock.get("experimentation/experiments/" + id).body();

        // PATCH declares 409 (a name taken, not editable); the status endpoint no longer does.
        HttpResponse<String> forced = mock.send(mock.request("experimentation/experiments/" + id)
                .header("Prefer", "code=409").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"Renamed while forced\"}")));

        assertThat(forced.statusCode()).isEqualTo(409);
        assertThat(forced.headers().firstValue("x-mock-forced")).isPresent();
        assertThat(mock.get("experimentation/experiments/" + id).body()).isEqualTo(before);
        assertThat(MockApi.json(mock.get("experimentation/experiments/" + id)).path("status").asText()).isEqualTo("draft");
        // Forced success examples change nothing either.
        assertThat(transition(id, "archived", "code=200").statusCode()).isEqualTo(200);
        assertThat(mock.get("experimentation/experiments/" + id).body()).isEqualTo(before);
    }

    @Test
    void undeclaredCodeShouldBeABadPreferHeaderListingTheDeclaredOnes() {
        HttpResponse<String> response = getWith("experimentation/experiments", "code=418");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = MockApi.json(response);
        assertThat(body.path("errorCode").asText()).isEqualTo("invalid_prefer_header");
        assertThat(body.path("message").asText())
                .isEqualTo("Prefer code=418 is not declared for listExperiments; declared: 200, 400, 401, 403, 429");
    }

    @Test
    void conflictIsNoLongerDeclaredForTheStatusEndpoint() {
        String id = mock.draftExperiment();

        HttpResponse<String> response = transition(id, "archived", "code=409");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = MockApi.json(response);
        assertThat(body.path("errorCode").asText()).isEqualTo("invalid_prefer_header");
        assertThat(body.path("message").asText()).isEqualTo("Prefer code=409 is not declared for updateExperimentStatus;"
                + " declared: 200, 400, 401, 403, 404, 413, 415, 429");
        assertThat(MockApi.json(mock.get("experimentation/experiments/" + id)).path("status").asText())
                .isEqualTo("draft");
    }

    @Test
    void unknownExampleShouldBeABadPreferHeaderListingTheExamples() {
        HttpResponse<String> response = getWith("experimentation/experiments", "example=nope");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("message").asText())
                .startsWith("Prefer example=nope is not an example of listExperiments; examples: firstPage (200)");
    }

    @Test
    void malformedPreferenceShouldBeABadPreferHeader() {
        assertThat(getWith("experimentation/experiments", "delay=forever").statusCode()).isEqualTo(400);
        assertThat(getWith("experimentation/experiments", "delay=30001").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownPreferencesShouldBeIgnored() {
        assertThat(getWith("experimentation/experiments", "return=minimal, dynamic=true").statusCode()).isEqualTo(200);
    }

    @Test
    void preferDelayShouldSlowTheResponseAtLeastThatLong() {
        long start = System.nanoTime();

        HttpResponse<String> response = getWith("experimentation/experiments", "delay=300");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void forcedResponsesShouldConformToTheSpec() {
        String id = mock.draftExperiment();
        for (String prefer : new String[] {"code=200", "code=400", "code=401", "code=403", "code=404", "code=413",
                "code=415", "code=429"}) {
            assertThat(transition(id, "active", prefer).statusCode()).isEqualTo(Integer.parseInt(prefer.substring(5)));
        }
        assertThat(mock.violations().count()).isZero();
    }

    @Test
    void chaosShouldAnswerDeclaredErrorsWithoutChangingState() {
        try (MockApi chaotic = MockApi.start(MockConfig.builder().stub(s -> s.dataFile(SpecFiles.emptyData(dir)))
                .latency(Duration.ofMillis(100)).errorRate(1.0).strictness(Strictness.FAIL).build())) {
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = chaotic.post("experimentation/feature-flags",
                        "{\"name\": \"flag" + i + "\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}");

                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
                // createFeatureFlag's declared errors (409: a name another flag has).
                assertThat(response.statusCode()).isIn(400, 401, 403, 409, 413, 415, 429);
                assertThat(response.headers().firstValue("x-mock-forced")).as(response.body()).hasValueSatisfying(v -> assertThat(v).startsWith("chaos"));
            }
            assertThat(chaotic.engine().listFlags(dev.expcenter.engine.FlagQuery.firstPage()).items()).isEmpty();
            assertThat(chaotic.violations().count()).isZero();
        }
    }
}
