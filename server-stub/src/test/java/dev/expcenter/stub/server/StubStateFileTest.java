package dev.expcenter.stub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.testsupport.ApiHttp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stub's {@code --state-file}: its data kept across restarts, a bad file refused, a write the disk refuses a 503. */
class StubStateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_FLAG = "{\"name\": \"%s\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}";

    @TempDir
    Path dir;

    private static HttpResponse<String> send(Main.Running stub, String method, String path, String body) {
        return new ApiHttp(stub.server().uri()).send(method, path, body);
    }

    private static Main.Running start(Path stateFile) {
        return Main.start(StubConfig.builder().stateFile(stateFile).build());
    }

    @Test
    void writesShouldBeKeptAcrossARestart() throws Exception {
        Path file = dir.resolve("stub.db");
        String id;
        try (Main.Running stub = start(file)) {
            HttpResponse<String> created = send(stub, "POST", "experimentation/feature-flags", NEW_FLAG.formatted("kept"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = JSON.readTree(created.body()).path("id").asText();
        }
        Path data = Files.writeString(dir.resolve("data.json"), "{}");
        try (Main.Running stub = Main.start(StubConfig.builder().dataFile(data).stateFile(file).build())) {
            HttpResponse<String> flag = send(stub, "GET", "experimentation/feature-flags/" + id, null);
            assertThat(flag.statusCode()).as("the state file wins over --data").isEqualTo(200);
            assertThat(JSON.readTree(flag.body()).path("name").asText()).isEqualTo("kept");
        }
    }

    @Test
    void aForeignFileShouldStopStartUpUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a database");
        assertThatThrownBy(() -> start(file)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("notes.txt");
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    @Test
    void aWriteTheDiskRefusesShouldBeA503AndChangeNothing() throws Exception {
        Path file = dir.resolve("stub.db");
        start(file).close();
        int listed;
        System.setProperty(StateDatabase.MAX_PAGES, Long.toString(Files.size(file) / 4096 + 1));
        try (Main.Running stub = start(file)) {
            String description = "x".repeat(1000);
            HttpResponse<String> refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                HttpResponse<String> reply = send(stub, "POST", "experimentation/feature-flags",
                        "{\"name\": \"full " + i + "\", \"description\": \"" + description
                                + "\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}");
                refused = reply.statusCode() == 201 ? null : reply;
            }
            assertThat(refused).isNotNull();
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).path("errorCode").asText()).isEqualTo("state_not_saved");
            HttpResponse<String> list = send(stub, "GET", "experimentation/feature-flags?take=50", null);
            assertThat(list.statusCode()).isEqualTo(200);
            listed = JSON.readTree(list.body()).path("feature_flags").size();
        } finally {
            System.clearProperty(StateDatabase.MAX_PAGES);
        }
        try (Main.Running again = start(file)) {
            assertThat(JSON.readTree(send(again, "GET", "experimentation/feature-flags?take=50", null).body())
                    .path("feature_flags").size()).as("what was acknowledged, and only that, is on disk")
                    .isEqualTo(listed);
        }
    }
}
