package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetAndSessionsTest {
    private static final String FLAGS = "/experimentation/feature-flags";
    private MockClient mock;

    @BeforeEach
    void start() {
        mock = MockClient.start();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private String createFlag(String session, String name) {
        HttpRequest.Builder request = mock.api(FLAGS);
        if (session != null) {
            request.header("X-Mock-Session", session);
        }
        HttpResponse<String> response = mock.send(json(request, "POST",
                "{\"name\": \"" + name + "\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("id").asText();
    }

    private List<String> flagNames(String session) {
        HttpRequest.Builder request = mock.api(FLAGS + "?take=50");
        if (session != null) {
            request.header("X-Mock-Session", session);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode flag : body(mock.send(request)).get("feature_flags")) {
            names.add(flag.get("name").asText());
        }
        return names;
    }

    private int reset(String session) {
        HttpRequest.Builder request = mock.request("/__admin/reset").POST(HttpRequest.BodyPublishers.noBody());
        if (session != null) {
            request.header("X-Mock-Session", session);
        }
        return mock.send(request).statusCode();
    }

    @Test
    void resetShouldRestoreTheDataSet() {
        List<String> initial = flagNames(null);
        createFlag(null, "Written by a test");
        assertThat(flagNames(null)).contains("Written by a test");

        assertThat(reset(null)).isEqualTo(204);

        assertThat(flagNames(null)).isEqualTo(initial);
    }

    @Test
    void sessionsShouldSeeOnlyTheirOwnWrites() {
        List<String> initial = flagNames(null);
        createFlag("alice", "Alice's flag");
        createFlag("bob", "Bob's flag");

        assertThat(flagNames("alice")).contains("Alice's flag").doesNotContain("Bob's flag");
        assertThat(flagNames("bob")).contains("Bob's flag").doesNotContain("Alice's flag");
        assertThat(flagNames(null)).isEqualTo(initial);
        assertThat(flagNames("carol")).isEqualTo(initial);
    }

    @Test
    void resetWithSessionHeaderShouldResetOnlyThatSession() {
        createFlag("alice", "Alice's flag");
        createFlag("bob", "Bob's flag");
        createFlag(null, "Default flag");

        assertThat(reset("alice")).isEqualTo(204);

        assertThat(flagNames("alice")).doesNotContain("Alice's flag");
        assertThat(flagNames("bob")).contains("Bob's flag");
        assertThat(flagNames(null)).contains("Default flag");
    }

    @Test
    void invalidSessionNameShouldBeA400InAuth0Format() {
        HttpResponse<String> response = mock.send(mock.api(FLAGS).header("X-Mock-Session", "has space"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.get("statusCode").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("Bad Request");
        assertThat(error.get("errorCode").asText()).isEqualTo("invalid_headers");
        assertThat(error.get("message").asText()).contains("X-Mock-Session").contains("has space");
    }
}
