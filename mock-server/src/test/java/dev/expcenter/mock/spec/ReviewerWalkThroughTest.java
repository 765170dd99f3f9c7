package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's loop over real HTTP: the mock on a copy of the spec, edits to the copy, and the mock's
 * answers after each reload, without a restart and with its state kept. The module's tests run with
 * strict response validation, so an answer that breaks the served spec is a 500 here; the violation
 * count is checked as well. Not sent through MockClient: the edited spec deliberately differs from
 * Auth0's document.
 */
class ReviewerWalkThroughTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String EXPERIMENTS = "/experimentation/experiments";
    // A flag of the built-in data and one of its variations.
    private static final String FLAG = "flg_puZ1bSvEsLvuEzfLNu2FKJ";
    private static final String VARIATION = "var_6Gbt46XN6MmS1awqE3yYMD";

    @TempDir
    Path dir;

    private Path file;
    private MockServer mock;

    @BeforeEach
    void start() {
        file = SpecFiles.copy(dir);
        mock = MockServer.start(MockConfig.builder().stub(s -> s.port(0)).specFile(file).build());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void optionalFieldShouldBeAcceptedKeptAndReturnedAfterTheReload() {
        String before = create("Made before the edit", null).path("id").asText();
        assertThat(status(post(EXPERIMENTS, body("Owned too early", "\"owner\": \"growth-team\"")))).isEqualTo(400);

        reload(withOwner(SpecFiles.packaged()));

        HttpResponse<String> created = post(EXPERIMENTS, body("Owned experiment", "\"owner\": \"growth-team\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();
        assertThat(json(created).path("owner").asText()).isEqualTo("growth-team");
        assertThat(json(get(EXPERIMENTS + "/" + id)).path("owner").asText()).isEqualTo("growth-team");
        assertThat(item(json(get(EXPERIMENTS + "?take=50")), id).path("owner").asText()).isEqualTo("growth-team");
        // State from before the reload is still there, without the field it never had.
        assertThat(json(get(EXPERIMENTS + "/" + before)).has("owner")).isFalse();

        HttpResponse<String> patched = send(request(EXPERIMENTS + "/" + id).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"Renamed\", \"owner\": \"checkout\"}")));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).path("owner").asText()).isEqualTo("checkout");
        assertThat(json(patched).path("name").asText()).isEqualTo("Renamed");
        // A PATCH of only the new field: the stub's models see nothing to change, the field changes.
        HttpResponse<String> owned = send(request(EXPERIMENTS + "/" + id).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"owner\": \"payments\"}")));
        assertThat(owned.statusCode()).as(owned.body()).isEqualTo(200);
        assertThat(json(owned).path("owner").asText()).isEqualTo("payments");
        assertThat(json(owned).path("name").asText()).isEqualTo("Renamed");
        assertThat(status(send(request(EXPERIMENTS + "/exp_NoSuchExperiment1").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"owner\": \"payments\"}"))))).isEqualTo(404);
        // A transition keeps it: it lives with the entity, not with the request that set it.
        HttpResponse<String> archived = post(EXPERIMENTS + "/" + id + "/status", "{\"status\": \"archived\"}");
        assertThat(json(archived).path("owner").asText()).as(archived.body()).isEqualTo("payments");
        // A delete takes them along.
        var engine = mock.sessions().select((String) null);
        assertThat(mock.sessions().extras().get(engine, id)).containsKey("owner");
        assertThat(status(send(request(EXPERIMENTS + "/" + id).DELETE()))).isEqualTo(204);
        assertThat(mock.sessions().extras().get(engine, id)).isNull();
        assertThat(status(post(EXPERIMENTS, body("Wrongly owned", "\"owner\": 42")))).isEqualTo(400);
        assertThat(mock.specViolations().count()).isZero();
    }

    @Test
    void requiredResponseFieldShouldBeFilledFromItsExample() {
        String before = create("Made before the edit", null).path("id").asText();

        reload(edit(SpecFiles.packaged(), """
                        - updated_at
                      properties:
                        id:
                          $ref: '#/components/schemas/ExperimentId'
                """, """
                        - updated_at
                        - cost_center
                      properties:
                        cost_center:
                          type: string
                          example: CC-4711
                        id:
                          $ref: '#/components/schemas/ExperimentId'
                """));

        assertThat(json(get(EXPERIMENTS + "/" + before)).path("cost_center").asText()).isEqualTo("CC-4711");
        assertThat(item(json(get(EXPERIMENTS + "?take=50")), before).path("cost_center").asText()).isEqualTo("CC-4711");
        assertThat(create("Made after the edit", null).path("cost_center").asText()).isEqualTo("CC-4711");
        assertThat(mock.specViolations().count()).isZero();
    }

    @Test
    void newFilterValueShouldAnswerAnEmptyPage() {
        assertThat(status(get(EXPERIMENTS + "?status=scheduled"))).isEqualTo(400);

        reload(edit(SpecFiles.packaged(), """
                          description: Only experiments in this status.
                          schema:
                            $ref: '#/components/schemas/ExperimentStatus'
                """, """
                          description: Only experiments in this status.
                          schema:
                            type: string
                            enum: [draft, active, paused, completed, archived, scheduled]
                """));

        HttpResponse<String> scheduled = get(EXPERIMENTS + "?status=scheduled");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(json(scheduled).path("experiments").isArray()).isTrue();
        assertThat(json(scheduled).path("experiments")).isEmpty();
        assertThat(json(get(EXPERIMENTS + "?status=draft")).path("experiments")).isNotEmpty();
        assertThat(mock.specViolations().count()).isZero();
    }

    @Test
    void removedFieldShouldBeRefusedAndNoLongerReturned() {
        reload(withOwner(SpecFiles.packaged()));
        String id = json(post(EXPERIMENTS, body("Owned experiment", "\"owner\": \"growth-team\""))).path("id").asText();

        reload(SpecFiles.packaged());

        HttpResponse<String> refused = post(EXPERIMENTS, body("Owned again", "\"owner\": \"growth-team\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("message").asText()).contains("Additional properties not allowed: owner");
        HttpResponse<String> read = get(EXPERIMENTS + "/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).has("owner")).isFalse();
        assertThat(mock.specViolations().count()).isZero();
    }

    @Test
    void extraFieldShouldLiveInItsSessionAndGoOnResetAndImport() {
        reload(withOwner(SpecFiles.packaged()));
        String session = "walk-through";
        HttpResponse<String> created = send(request(EXPERIMENTS).header("X-Mock-Session", session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("Session experiment", "\"owner\": \"growth-team\""))));
        String id = json(created).path("id").asText();
        // Another session's copy of the data has no such entity, let alone its field.
        assertThat(status(get(EXPERIMENTS + "/" + id))).isEqualTo(404);
        assertThat(json(send(request(EXPERIMENTS + "/" + id).header("X-Mock-Session", session).GET()))
                .path("owner").asText()).isEqualTo("growth-team");

        // The default state: an experiment of the data set, owned, then reset to the data set.
        String draft = json(get(EXPERIMENTS + "?status=draft")).path("experiments").get(0).path("id").asText();
        HttpResponse<String> patched = send(request(EXPERIMENTS + "/" + draft).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"Reviewed\", \"owner\": \"growth-team\"}")));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(get(EXPERIMENTS + "/" + draft)).path("owner").asText()).isEqualTo("growth-team");
        send(HttpRequest.newBuilder(URI.create(mock.uri() + "/__admin/reset")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(json(get(EXPERIMENTS + "/" + draft)).has("owner")).isFalse();

        // An imported state replaces the entities, and with them their extra properties.
        String state = send(HttpRequest.newBuilder(URI.create(mock.uri() + "/__admin/state")).GET()).body();
        send(request(EXPERIMENTS + "/" + draft).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"Reviewed\", \"owner\": \"growth-team\"}")));
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(mock.uri() + "/__admin/state"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(state)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(204);
        assertThat(json(get(EXPERIMENTS + "/" + draft)).has("owner")).isFalse();
        assertThat(mock.specViolations().count()).isZero();
    }

    /** {@code spec} with {@code from} replaced by {@code to}; {@code from} must be there. */
    private static String edit(String spec, String from, String to) {
        assertThat(spec).contains(from);
        return spec.replace(from, to);
    }

    /** The spec with an optional {@code owner} on create, update and the experiment. */
    private static String withOwner(String spec) {
        String owner = """
                        owner:
                          type: string
                          description: The team that owns the experiment.
                """;
        String withCreate = spec.replaceFirst("(?m)(^    CreateExperimentRequest:\\n(?:.*\\n)*?      properties:\\n)", "$1" + owner);
        String withUpdate = withCreate.replaceFirst("(?m)(^    UpdateExperimentRequest:\\n(?:.*\\n)*?      properties:\\n)", "$1" + owner);
        String withExperiment = withUpdate.replaceFirst("(?m)(^    Experiment:\\n(?:.*\\n)*?      properties:\\n)", "$1" + owner);
        assertThat(withExperiment).isNotEqualTo(withUpdate).isNotEqualTo(withCreate.replace(owner, ""));
        return withExperiment;
    }

    /** Writes the copy and waits until the mock serves it (its {@code /openapi.yaml} changes). */
    private void reload(String spec) {
        String before = servedSpec();
        SpecFiles.write(file, spec);
        assertThat(SpecFiles.await(Duration.ofSeconds(10), () -> !servedSpec().equals(before))).as("reloaded").isTrue();
    }

    private String servedSpec() {
        return send(HttpRequest.newBuilder(URI.create(mock.uri() + "/openapi.yaml")).GET()).body();
    }

    private JsonNode create(String name, String extra) {
        HttpResponse<String> response = post(EXPERIMENTS, body(name, extra));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static String body(String name, String extra) {
        return """
                {"name": "%s", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]%s}
                """.formatted(name, FLAG, VARIATION, extra == null ? "" : ", " + extra);
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.path("experiments")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("not in the page: " + id + " " + page);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(mock.uri() + "/api/v2" + path)).header("Authorization", "Bearer dev");
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }
}
