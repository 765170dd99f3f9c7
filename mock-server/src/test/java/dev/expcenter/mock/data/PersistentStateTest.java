package dev.expcenter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.JsonSnapshot;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.testsupport.ApiHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --state-file} on the mock, over HTTP: created, loaded (winning over the data set), written
 * by every kind of write (API, import, reset) but not by sessions, an old JSON state file imported
 * once, a bad file refused untouched, and a write the database cannot commit answered 503 with
 * nothing changed while reads go on.
 */
class PersistentStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enterprise SSO users, in the built-in data: referenced only by the archived Dark mode trial. */
    private static final String ARCHIVED_ONLY_SEGMENT = "seg_wcUAZDR8DzRx7QoskaJzMq";
    private static final String NEW_FLAG = "{\"name\": \"%s\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}";
    private static final String EMPTY = "{\"feature_flags\": [], \"variations\": [], \"segments\": [], \"experiments\": []}";

    @TempDir
    Path dir;

    private static MockServer start(Path stateFile) {
        return MockServer.start(MockConfig.builder().stub(s -> s.stateFile(stateFile)).build());
    }

    private static HttpResponse<String> api(MockServer mock, String method, String path, String body,
                                            String... headers) {
        return new ApiHttp(URI.create(mock.apiUri() + "/")).send(method, path, body, headers);
    }

    private static HttpResponse<String> admin(MockServer mock, String method, String path, String body) {
        return new ApiHttp(URI.create(mock.uri() + "/__admin/")).send(method, path, body);
    }

    private static String createFlag(MockServer mock, String name, String... headers) throws Exception {
        HttpResponse<String> flag = api(mock, "POST", "/experimentation/feature-flags", NEW_FLAG.formatted(name), headers);
        assertThat(flag.statusCode()).as(flag.body()).isEqualTo(201);
        return JSON.readTree(flag.body()).path("id").asText();
    }

    private static boolean isSqlite(Path file) throws Exception {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 16);
        return new String(head, StandardCharsets.US_ASCII).equals("SQLite format 3\0");
    }

    @Test
    void aMissingFileShouldBeCreatedAndEveryAcknowledgedWriteKeptAcrossARestart() throws Exception {
        Path file = dir.resolve("state.db");
        String kept;
        String inSession;
        try (MockServer mock = start(file)) {
            assertThat(isSqlite(file)).as("an SQLite database").isTrue();
            kept = createFlag(mock, "kept");
            inSession = createFlag(mock, "in a session", SessionEngines.HEADER, "s1");
            // Used only by an archived experiment, so deletable: a second kind of write to keep.
            assertThat(api(mock, "DELETE", "/experimentation/segments/" + ARCHIVED_ONLY_SEGMENT, null).statusCode())
                    .isEqualTo(204);
        }
        Path other = dir.resolve("empty.json");
        Files.writeString(other, EMPTY);
        try (MockServer mock = MockServer.start(MockConfig.builder().stub(s -> s.dataFile(other).stateFile(file)).build())) {
            HttpResponse<String> flag = api(mock, "GET", "/experimentation/feature-flags/" + kept, null);
            assertThat(flag.statusCode()).as("the state file wins over --data").isEqualTo(200);
            assertThat(JSON.readTree(flag.body()).path("name").asText()).isEqualTo("kept");
            assertThat(api(mock, "GET", "/experimentation/segments/" + ARCHIVED_ONLY_SEGMENT, null).statusCode())
                    .as("the deletion is kept too").isEqualTo(404);
            assertThat(api(mock, "GET", "/experimentation/feature-flags/" + inSession, null).statusCode())
                    .as("sessions stay in memory").isEqualTo(404);
        }
    }

    @Test
    void importsAndResetsShouldBeKept() throws Exception {
        Path file = dir.resolve("state.db");
        String flag;
        try (MockServer mock = start(file)) {
            flag = createFlag(mock, "before the import");
            String envelope = "{\"format\": \"" + JsonSnapshot.FORMAT + "\", \"version\": " + JsonSnapshot.VERSION
                    + ", \"state\": " + EMPTY + "}";
            assertThat(admin(mock, "PUT", "/state", envelope).statusCode()).as("a JSON state file is imported")
                    .isEqualTo(204);
            assertThat(api(mock, "GET", "/experimentation/feature-flags", null).body()).contains("\"feature_flags\":[]");
        }
        try (MockServer mock = start(file)) {
            assertThat(api(mock, "GET", "/experimentation/feature-flags/" + flag, null).statusCode())
                    .as("the import replaced everything, on disk too").isEqualTo(404);
            assertThat(admin(mock, "POST", "/reset", null).statusCode()).isEqualTo(204);
        }
        try (MockServer mock = start(file)) {
            assertThat(api(mock, "GET", "/experimentation/segments/" + ARCHIVED_ONLY_SEGMENT, null).statusCode())
                    .as("the reset restored the built-in data, on disk too").isEqualTo(200);
        }
    }

    @Test
    void anOldJsonStateFileShouldBeImportedOnceAndKept() throws Exception {
        Path file = dir.resolve("state.json");
        String original = "{\"format\": \"" + JsonSnapshot.FORMAT + "\", \"version\": 1, \"state\": " + EMPTY + "}";
        Files.writeString(file, original);
        String flag;
        try (MockServer mock = start(file)) {
            assertThat(api(mock, "GET", "/experimentation/experiments", null).body()).contains("\"experiments\":[]");
            flag = createFlag(mock, "after the import");
        }
        assertThat(isSqlite(file)).isTrue();
        assertThat(Files.readString(dir.resolve("state.json.json-imported"))).isEqualTo(original);
        try (MockServer mock = start(file)) {
            assertThat(api(mock, "GET", "/experimentation/feature-flags/" + flag, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBadFileShouldStopStartUpAndStayAsItIs() throws Exception {
        Path file = dir.resolve("state.json");
        for (String[] bad : new String[][] {
                {"{\"format\": \"expcenter-mock-state\", \"version\": 1, \"state\": {\"feature_fl", "JSON"},
                {"{\"format\": \"other\", \"version\": 1, \"state\": " + EMPTY + "}", "other"},
                {"{\"format\": \"expcenter-mock-state\", \"version\": 2, \"state\": " + EMPTY + "}", "version 2"},
                {EMPTY, "not a state file of this mock"},
                {"not a state file at all", "not a state file"},
                {"", "empty"}}) {
            Files.writeString(file, bad[0]);
            assertThatThrownBy(() -> start(file)).as(bad[0]).isInstanceOf(InvalidStateException.class)
                    .hasMessageContaining(file.getFileName().toString()).hasMessageContaining(bad[1]);
            assertThat(Files.readString(file)).as("left as it was").isEqualTo(bad[0]);
        }
    }

    @Test
    void aWriteTheDiskCannotTakeShouldBeA503AndChangeNothing() throws Exception {
        Path file = dir.resolve("state.db");
        start(file).close();
        long pages = Files.size(file) / 4096;
        String description = "x".repeat(1000);
        int refusedAt = -1;
        String first = null;
        System.setProperty(StateDatabase.MAX_PAGES, Long.toString(pages + 2));
        try (MockServer mock = start(file)) {
            HttpResponse<String> refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                HttpResponse<String> reply = api(mock, "POST", "/experimentation/feature-flags",
                        "{\"name\": \"full " + i + "\", \"description\": \"" + description
                                + "\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}");
                if (reply.statusCode() != 201) {
                    refused = reply;
                    refusedAt = i;
                } else if (first == null) {
                    first = JSON.readTree(reply.body()).path("id").asText();
                }
            }
            assertThat(refused).as("a write past the page limit").isNotNull();
            assertThat(refusedAt).as("writes acknowledged before the disk filled").isGreaterThanOrEqualTo(2);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            JsonNode error = JSON.readTree(refused.body());
            assertThat(error.path("errorCode").asText()).isEqualTo("state_not_saved");
            assertThat(error.path("statusCode").asInt()).isEqualTo(503);
            assertThat(error.path("message").asText()).contains("nothing changed");
            assertThat(flagNames(api(mock, "GET", "/experimentation/feature-flags?take=50", null)))
                    .as("reads go on, and the refused write changed nothing")
                    .contains("full 0").doesNotContain("full " + refusedAt);
            assertThat(api(mock, "DELETE", "/experimentation/feature-flags/" + first, null).statusCode())
                    .as("a write that fits is committed after a refused one").isEqualTo(204);
        } finally {
            System.clearProperty(StateDatabase.MAX_PAGES);
        }
        try (MockServer mock = start(file)) {
            assertThat(flagNames(api(mock, "GET", "/experimentation/feature-flags?take=50", null)))
                    .as("on disk: every acknowledged write, not the refused one")
                    .contains("full " + (refusedAt - 1)).doesNotContain("full " + refusedAt, "full 0");
        }
    }

    private static java.util.List<String> flagNames(HttpResponse<String> list) throws Exception {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        JSON.readTree(list.body()).path("feature_flags").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    /**
     * A read-only file: by its permissions, or, where they do not bind (root), by {@code chattr +i};
     * skipped where neither is possible. The directory stays writable (SQLite keeps its WAL beside).
     */
    @Test
    void aReadOnlyFileShouldRefuseWritesWithA503AndServeReads() throws Exception {
        Path file = dir.resolve("state.db");
        String kept;
        try (MockServer mock = start(file)) {
            kept = createFlag(mock, "kept");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = false;
        try {
            if (Files.isWritable(file)) {
                immutable = run("chattr", "+i", file.toString()) == 0;
                assumeThat(immutable).as("root, and chattr +i is not available").isTrue();
            }
            try (MockServer mock = start(file)) {
                HttpResponse<String> refused = api(mock, "POST", "/experimentation/feature-flags",
                        NEW_FLAG.formatted("refused"));
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(JSON.readTree(refused.body()).path("errorCode").asText()).isEqualTo("state_not_saved");
                assertThat(flagNames(api(mock, "GET", "/experimentation/feature-flags?take=50", null)))
                        .as("reads go on, and the refused write changed nothing").contains("kept")
                        .doesNotContain("refused");
                assertThat(api(mock, "GET", "/experimentation/feature-flags/" + kept, null).statusCode()).isEqualTo(200);
            }
        } finally {
            if (immutable) {
                run("chattr", "-i", file.toString());
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
