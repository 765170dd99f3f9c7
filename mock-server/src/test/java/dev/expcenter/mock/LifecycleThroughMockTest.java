package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What a frontend does, end to end, and reads back: the engine's rules hold through the mock. */
class LifecycleThroughMockTest {
    private static final String SESSION = "lifecycle";
    @AutoClose
    private static final MockClient mock = MockClient.start();

    private HttpResponse<String> call(String method, String path, String body) {
        var request = mock.api(path).header("X-Mock-Session", SESSION);
        return mock.send(body == null ? request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                : json(request, method, body));
    }

    @Test
    void experimentShouldGoThroughItsWholeLifecycleAndReadBack() {
        // An empty tenant for this session, so the built-in active experiment does not block activation.
        assertThat(mock.send(json(mock.request("/__admin/state").header("X-Mock-Session", SESSION), "PUT", "{}"))
                .statusCode()).isEqualTo(204);

        HttpResponse<String> flag = call("POST", "/experimentation/feature-flags", """
                {"name": "Checkout button", "parameters": {"color": {"type": "string", "value": "blue"}}}""");
        assertThat(flag.statusCode()).isEqualTo(201);
        assertThat(flag.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v2/"));
        String flagId = body(flag).get("id").asText();
        String control = body(call("POST", "/experimentation/feature-flags/" + flagId + "/variations",
                """
                {"name": "Blue", "overrides": {}}""")).get("id").asText();
        String green = body(call("POST", "/experimentation/feature-flags/" + flagId + "/variations",
                """
                {"name": "Green", "overrides": {"color": {"value": "green"}}}""")).get("id").asText();
        assertThat(call("POST", "/experimentation/feature-flags/" + flagId + "/status", """
                {"status": "active"}""").statusCode()).isEqualTo(200);

        HttpResponse<String> created = call("POST", "/experimentation/experiments", """
                {"name": "Green checkout", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 50, "is_control": true},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(flagId, control, green));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = body(created).get("id").asText();
        assertThat(body(created).get("status").asText()).isEqualTo("draft");

        for (String status : new String[] {"active", "paused", "completed", "archived"}) {
            HttpResponse<String> moved = call("POST", "/experimentation/experiments/" + id + "/status",
                    "{\"status\": \"" + status + "\"}");
            assertThat(moved.statusCode()).as(status + ": " + moved.body()).isEqualTo(200);
        }

        JsonNode read = body(call("GET", "/experimentation/experiments/" + id, null));
        assertThat(read.get("status").asText()).isEqualTo("archived");
        assertThat(read.has("started_at")).isTrue();
        assertThat(read.has("ended_at")).isTrue();

        HttpResponse<String> again = call("POST", "/experimentation/experiments/" + id + "/status", """
                {"status": "active"}""");
        // Auth0's document: a move the transition table forbids is a 400.
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(body(again).get("errorCode").asText()).isEqualTo("invalid_status_transition");
        assertThat(body(again).get("message").asText()).startsWith("Status transition is not allowed.");
    }

    @Test
    void builtInReadyDraftShouldFailActivationOnlyBecauseAnotherIsActive() {
        HttpResponse<String> response = mock.send(json(mock.api(
                "/experimentation/experiments/exp_BjD38ArfSzLdDAg9D7pek3/status"), "POST", """
                {"status": "active"}"""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errorCode").asText()).isEqualTo("experiment_active_limit_exceeded");
    }
}
