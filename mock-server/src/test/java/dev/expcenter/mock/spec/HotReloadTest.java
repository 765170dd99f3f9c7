package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.testsupport.MockApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {
    private static final String RESULTS = "experimentation/experiments/exp_9Km3nZ7vQwRx2yDjFs5gCp/results";

    @TempDir
    Path dir;

    private Path file;
    private MockApi mock;
    private final List<LoadedSpec> swapped = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        file = SpecFiles.copy(dir);
        mock = MockApi.start(MockConfig.builder().specFile(file).strictness(Strictness.FAIL).build());
        mock.server().spec().addListener(swapped::add);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void newOperationShouldBeServedFromItsFirstExampleAfterTheSpecFileChanges() {
        assertThat(mock.get(RESULTS).statusCode()).isEqualTo(404);

        SpecFiles.write(file, SpecFiles.withResultsOperation());

        assertThat(SpecFiles.await(Duration.ofSeconds(5), () -> mock.get(RESULTS).statusCode() == 200)).isTrue();
        HttpResponse<String> results = mock.get(RESULTS);
        JsonNode body = MockApi.json(results);
        assertThat(body.path("visitors").asInt()).isEqualTo(1200);
        assertThat(results.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(swapped).hasSize(1);
        assertThat(mock.violations().count()).isZero();
    }

    @Test
    void newOperationShouldHonourPreferExample() {
        SpecFiles.write(file, SpecFiles.withResultsOperation());
        assertThat(SpecFiles.await(Duration.ofSeconds(5), () -> !swapped.isEmpty())).isTrue();

        HttpResponse<String> later = mock.send(mock.request(RESULTS).header("Prefer", "example=later").GET());

        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(MockApi.json(later).path("visitors").asInt()).isEqualTo(9000);
    }

    @Test
    void pathNotInTheSpecShouldStillBeNotFound() {
        HttpResponse<String> response = mock.get("experimentation/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("not_found");
    }

    @Test
    void implementedPathShouldStillAnswerMethodNotAllowedForAnUndeclaredMethod() {
        HttpResponse<String> response = mock.send(mock.request("experimentation/experiments/exp_x")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void implementedOperationsShouldStillBeServedByTheirResources() {
        String id = mock.draftExperiment();

        HttpResponse<String> response = mock.get("experimentation/experiments/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockApi.json(response).path("id").asText()).isEqualTo(id);
    }

    @Test
    void brokenEditShouldKeepTheLastGoodSpec() {
        LoadedSpec before = mock.server().spec().current();

        SpecFiles.write(file, "openapi: 3.0.3\npaths: [unclosed\n");
        SpecFiles.write(file, SpecFiles.packaged().replace("operationId: getExperiment\n", "operationId: getExperiment\n      bogus: [\n"));

        assertThat(SpecFiles.await(Duration.ofMillis(1500), () -> mock.server().spec().current() != before)).isFalse();
        assertThat(swapped).isEmpty();
        assertThat(mock.get("experimentation/experiments").statusCode()).isEqualTo(200);
    }

    @Test
    void validationShouldFollowTheNewSpec() {
        // Tighten the list's page size to at most 10: take=20 becomes a 400 without a restart.
        SpecFiles.write(file, SpecFiles.packaged().replaceFirst("maximum: 50\n", "maximum: 10\n"));
        assertThat(SpecFiles.await(Duration.ofSeconds(5), () -> !swapped.isEmpty())).isTrue();

        HttpResponse<String> response = mock.get("experimentation/experiments?take=20");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("invalid_query_string");
    }
}
