package dev.expcenter.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.contracts.Contract;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The {@code experiment-builder} pact is recorded, as a frontend team records one: its walk-through
 * runs against the mock in session {@value #SESSION} (create a flag and its variations, activate the
 * flag, create an experiment, activate, pause, complete and archive it), then
 * {@code GET /__admin/sessions/{name}/pact} writes {@code target/pacts/experiment-builder-expcenter.json}.
 * The committed {@code pacts/} copy must be the same but for generated ids, timestamps and the port;
 * {@code -Dexpcenter.pacts.accept=true} copies the recording over it. The provider verifications verify
 * the committed copy against the stub and the mock; {@code verify-mock.sh} with the official verifier.
 */
@Order(2)
class RecordedPactTest {
    private static final String SESSION = "experiment-builder-walk-through";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void committedPactShouldBeTheRecordedWalkThrough() throws Exception {
        String file = Contract.pactFileName(Contract.BUILDER);
        Path recorded = Contract.generatedPacts().resolve(file);
        try (MockServer mock = MockServer.start(MockConfig.builder().stub(s -> s.port(0)).build())) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, walkThrough(mock));
        }
        Path accepted = Contract.acceptedPacts().resolve(file);
        if (Boolean.getBoolean("expcenter.pacts.accept")) {
            Files.copy(recorded, accepted, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(accepted).as("the accepted recorded pact").exists();
        assertThat(normalized(accepted)).as("""
                %s differs from the pact the walk-through records (%s) beyond generated values.
                If the change is intended, accept it: rerun with -Dexpcenter.pacts.accept=true and commit the file.""",
                accepted, recorded).isEqualTo(normalized(recorded));
        JsonNode pact = JSON.readTree(accepted.toFile());
        assertThat(pact.at("/consumer/name").asText()).isEqualTo(Contract.BUILDER);
        assertThat(pact.get("interactions")).hasSize(9);
    }

    /** The walk-through in a session of its own (emptied first), and the pact it recorded. */
    private static String walkThrough(MockServer mock) throws IOException, InterruptedException {
        assertThat(send(mock, "PUT", "/__admin/state", "{}").statusCode()).isEqualTo(204);
        String flag = id(call(mock, "POST", "/experimentation/feature-flags", """
                {"name": "Checkout button", "description": "The colour of the checkout button.",
                 "parameters": {"color": {"type": "string", "value": "blue", "description": "Button colour."}}}""", 201));
        String blue = id(call(mock, "POST", "/experimentation/feature-flags/" + flag + "/variations", """
                {"name": "Blue", "overrides": {}}""", 201));
        String green = id(call(mock, "POST", "/experimentation/feature-flags/" + flag + "/variations", """
                {"name": "Green", "overrides": {"color": {"value": "green"}}}""", 201));
        call(mock, "POST", "/experimentation/feature-flags/" + flag + "/status", "{\"status\": \"active\"}", 200);
        String experiment = id(call(mock, "POST", "/experimentation/experiments", """
                {"name": "Green checkout", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 50, "is_control": true},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(flag, blue, green), 201));
        for (String status : List.of("active", "paused", "completed", "archived")) {
            call(mock, "POST", "/experimentation/experiments/" + experiment + "/status",
                    "{\"status\": \"" + status + "\"}", 200);
        }
        HttpResponse<String> pact = send(mock, "GET", "/__admin/sessions/" + SESSION + "/pact?consumer=" + Contract.BUILDER, null);
        assertThat(pact.statusCode()).as(pact.body()).isEqualTo(200);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(pact.body())) + "\n";
    }

    private static HttpResponse<String> call(MockServer mock, String method, String path, String body, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(mock, method, "/api/v2" + path, body);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        return response;
    }

    private static HttpResponse<String> send(MockServer mock, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.uri() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer experiment-builder-e2e")
                .header("X-Mock-Session", SESSION);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("id").asText();
    }

    /** The pact with every id, timestamp and port replaced by a placeholder. */
    private static String normalized(Path pact) throws IOException {
        return JSON.readTree(pact.toFile()).toPrettyString()
                .replaceAll("(?<![A-Za-z0-9_])(exp|flg|var|seg)_[A-HJ-NP-Za-km-z1-9]+(?![A-Za-z0-9_])", "$1_<id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})", "<time>")
                .replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://127.0.0.1:<port>");
    }
}
