package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.mock.testsupport.MockApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseValidationTest {
    @TempDir
    Path dir;

    /** A spec whose Experiment requires a property the engine never sends: every experiment response breaks it. */
    private static String stricterSpec() {
        return SpecFiles.packaged().replaceFirst("(?m)^(    Experiment:\\n(?:      .*\\n)*?      required:\\n)",
                "$1        - owner_team\n");
    }

    /** A mock serving {@link #stricterSpec()} from a file, as {@code --spec FILE} does, with {@code strictness}. */
    private MockApi stricter(Strictness strictness, MockConfig.Builder config) {
        Path spec = SpecFiles.write(SpecFiles.copy(dir), stricterSpec());
        return MockApi.start(config.specFile(spec).strictness(strictness).build());
    }

    @Test
    void violationShouldBeCountedAndLeaveTheResponseUnchanged() {
        try (MockApi mock = stricter(Strictness.LOG, MockConfig.builder())) {
            String id = mock.draftExperiment();
            long before = mock.violations().count();

            HttpResponse<String> response = mock.get("experimentation/experiments/" + id);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(MockApi.json(response).path("id").asText()).isEqualTo(id);
            assertThat(mock.violations().count()).isEqualTo(before + 1);
            SpecViolation last = mock.violations().recent().get(mock.violations().recent().size() - 1);
            assertThat(last.method()).isEqualTo("GET");
            assertThat(last.path()).isEqualTo("/experimentation/experiments/" + id);
            assertThat(last.status()).isEqualTo(200);
            assertThat(String.join(" ", last.problems())).contains("owner_team");
        }
    }

    @Test
    void theSameBrokenBodyShouldBeCountedEveryTimeItIsSent() {
        try (MockApi mock = stricter(Strictness.LOG, MockConfig.builder())) {
            String id = mock.draftExperiment();
            long before = mock.violations().count();

            for (int i = 0; i < 3; i++) {
                assertThat(mock.get("experimentation/experiments/" + id).statusCode()).isEqualTo(200);
            }

            assertThat(mock.violations().count()).isEqualTo(before + 3);
        }
    }

    @Test
    void strictModeShouldTurnAViolationIntoA500() {
        try (MockApi mock = stricter(Strictness.FAIL,
                MockConfig.builder().stub(s -> s.dataFile(SpecFiles.emptyData(dir))))) {
            HttpResponse<String> response = mock.get("experimentation/experiments");

            assertThat(response.statusCode()).isEqualTo(200); // An empty list breaks nothing.
            HttpResponse<String> created = mock.post("experimentation/feature-flags", """
                    {"name": "show_passkey_prompt", "parameters": {"on": {"type": "boolean", "value": false}}}
                    """);
            assertThat(created.statusCode()).isEqualTo(201);
            String flagId = MockApi.json(created).path("id").asText();
            HttpResponse<String> variation = mock.post("experimentation/feature-flags/" + flagId + "/variations", """
                    {"name": "Prompt off", "overrides": {}}""");
            assertThat(variation.statusCode()).isEqualTo(201);
            HttpResponse<String> broken = mock.post("experimentation/experiments", """
                    {"name": "Passkey prompt", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                     "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                     "allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]}
                    """.formatted(flagId, MockApi.json(variation).path("id").asText()));

            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(MockApi.json(broken).path("errorCode").asText()).isEqualTo("spec_violation");
            assertThat(MockApi.json(broken).path("message").asText()).contains("POST /experimentation/experiments 201");
        }
    }

    @Test
    void conformingTrafficShouldRecordNothing() {
        try (MockApi mock = MockApi.start(MockConfig.builder().strictness(Strictness.FAIL).build())) {
            String id = mock.draftExperiment();
            mock.get("experimentation/experiments/" + id);
            mock.get("experimentation/experiments");
            mock.post("experimentation/experiments/" + id + "/validate", "");
            mock.get("experimentation/experiments/exp_missing");

            assertThat(mock.violations().count()).isZero();
            assertThat(mock.violations().recent()).isEmpty();
        }
    }

    @Test
    void theMocksTestsShouldRunStrict() throws Exception {
        // The build sets -Dexpcenter.mock.strictSpec=true for this module, as its README says.
        assertThat(Strictness.fromSystemProperty()).isEqualTo(Strictness.FAIL);
        Path spec = SpecFiles.copy(dir);
        SpecFiles.write(spec, stricterSpec());
        try (MockServer server = MockServer.start(MockConfig.builder().specFile(spec).build())) {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(server.apiUri() + "/experimentation/experiments/"
                            + "exp_yRXW6q7wrynXgWV2tzPvkq")).header("Authorization", "Bearer dev").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
            assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("spec_violation");
        }
    }

    @Test
    void violationsShouldKeepOnlyTheLastFew() {
        SpecViolations violations = new SpecViolations(2);
        for (int i = 0; i < 5; i++) {
            violations.record(new SpecViolation(java.time.Instant.now(), "GET", "/p" + i, 200, java.util.List.of("x")));
        }

        assertThat(violations.count()).isEqualTo(5);
        assertThat(violations.recent()).extracting(SpecViolation::path).containsExactly("/p3", "/p4");
    }
}
