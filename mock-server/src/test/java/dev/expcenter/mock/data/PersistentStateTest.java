package dev.expcenter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.stub.data.InvalidStateException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state-file}: created, loaded (winning over the data set), refused when corrupt or foreign, never replaced. */
class StateStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enterprise SSO users, in the built-in data: referenced only by the archived Dark mode trial. */
    private static final String ARCHIVED_ONLY_SEGMENT = "seg_wcUAZDR8DzRx7QoskaJzMq";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    private MockServer start(Path stateFile) {
        return MockServer.start(MockConfig.builder().stateFile(stateFile).build());
    }

    private HttpResponse<String> send(MockServer mock, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.apiUri() + path))
                .header("Authorization", "Bearer dev-token")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMissingFileShouldBeCreatedAndEveryAcknowledgedWriteKeptAcrossARestart() throws Exception {
        Path file = dir.resolve("state.json");
        String id;
        try (MockServer mock = start(file)) {
            JsonNode created = JSON.readTree(Files.readString(file));
            assertThat(created.path("format").asText()).isEqualTo(StateStore.FORMAT);
            assertThat(created.path("version").asInt()).isEqualTo(StateStore.VERSION);
            assertThat(created.path("state").path("feature_flags")).isNotEmpty();
            HttpResponse<String> flag = send(mock, "POST", "/experimentation/feature-flags",
                    "{\"name\": \"kept\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}");
            assertThat(flag.statusCode()).as(flag.body()).isEqualTo(201);
            id = JSON.readTree(flag.body()).path("id").asText();
            // Used only by an archived experiment, so deletable: a second kind of write to keep.
            assertThat(send(mock, "DELETE", "/experimentation/segments/" + ARCHIVED_ONLY_SEGMENT, null).statusCode())
                    .isEqualTo(204);
        }
        Path other = dir.resolve("empty.json");
        Files.writeString(other, "{\"feature_flags\": [], \"variations\": [], \"segments\": [], \"experiments\": []}");
        try (MockServer mock = MockServer.start(MockConfig.builder().stub(s -> s.dataFile(other)).stateFile(file).build())) {
            HttpResponse<String> flag = send(mock, "GET", "/experimentation/feature-flags/" + id, null);
            assertThat(flag.statusCode()).as("the state file wins over --data").isEqualTo(200);
            assertThat(JSON.readTree(flag.body()).path("name").asText()).isEqualTo("kept");
            assertThat(send(mock, "GET", "/experimentation/segments/" + ARCHIVED_ONLY_SEGMENT, null).statusCode())
                    .as("the deletion is kept too").isEqualTo(404);
        }
    }

    @Test
    void aCorruptFileShouldStopStartUpAndStayAsItIs() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"format\": \"expcenter-mock-state\", \"version\": 1, \"state\": {\"feature_fl");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> start(file)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("not readable JSON")
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aForeignOrOtherVersionFileShouldStopStartUpAndStayAsItIs() throws Exception {
        Path file = dir.resolve("state.json");
        String plainDocument = "{\"feature_flags\": [], \"variations\": [], \"segments\": [], \"experiments\": []}";
        for (String[] bad : new String[][] {
                {plainDocument, "not a state file of this mock"},
                {"[1, 2]", "expected a JSON object"},
                {"", "not a state file"},
                {"{\"format\": \"expcenter-mock-state\", \"version\": 2, \"state\": " + plainDocument + "}",
                        "version 2 is not supported"},
                {"{\"format\": \"expcenter-mock-state\", \"version\": 1, \"state\": {\"feature_flags\": 3}}",
                        "feature_flags"}}) {
            Files.writeString(file, bad[0]);
            assertThatThrownBy(() -> start(file)).as(bad[0]).isInstanceOf(InvalidStateException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining(bad[1]);
            assertThat(Files.readString(file)).isEqualTo(bad[0]);
        }
    }

    /** Measures a save (snapshot, JSON, write, fsync, rename, fsync of the directory) at the built-in data's size. */
    @Test
    void aSaveAtTheBuiltInDataSizeShouldCostAFewMilliseconds() throws Exception {
        Path file = dir.resolve("cost.json");
        StateStore store = StateStore.open(file, DataSet.builtIn().state());
        store.attach(ExperimentCenter.restore(DataSet.builtIn().state(), java.time.Clock.systemUTC(),
                dev.expcenter.engine.IdGenerator.secureRandom()));
        for (int i = 0; i < 10; i++) {
            store.save();
        }
        int n = 100;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            store.save();
        }
        double perSave = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("state file: %d bytes, %.2f ms per save (%d saves)%n", Files.size(file), perSave, n);
        assertThat(perSave).as("ms per save").isLessThan(250);
    }
}
