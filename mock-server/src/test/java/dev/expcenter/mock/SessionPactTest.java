package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/sessions/{name}/pact}: a frontend's session, walked over HTTP, becomes a Pact 3
 * document with one interaction per request shape, the records each needs as its provider state, and
 * matchers on what the provider generates; each interaction replays alone on a fresh mock.
 */
class SessionPactTest {
    private static final String SESSION = "walk-through";
    private static final String SESSION_TOKEN = "Bearer s3cret-session-token";
    private static final String ID = "^exp_[A-HJ-NP-Za-km-z1-9]+$";
    private static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MockClient mock;
    private static String flagId;
    private static String experimentId;
    private static JsonNode pact;

    @BeforeAll
    static void walkThrough() {
        mock = MockClient.start();
        // The session starts empty, so no built-in active experiment blocks the activation.
        assertThat(mock.send(json(mock.request("/__admin/state").header("X-Mock-Session", SESSION), "PUT", "{}"))
                .statusCode()).isEqualTo(204);
        // Then a flag the walk-through never touches (set through the admin API, so not recorded itself).
        assertThat(mock.send(json(mock.request("/__admin/provider-states").header("X-Mock-Session", SESSION), "POST",
                "{\"state\": \"an active feature flag with variations exists\"}")).statusCode()).isEqualTo(200);
        flagId = body(call("POST", "/experimentation/feature-flags", """
                {"name": "Checkout button", "parameters": {"color": {"type": "string", "value": "blue"}}}""", 201))
                .get("id").asText();
        String blue = body(call("POST", "/experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "Blue", "overrides": {}}""", 201)).get("id").asText();
        String green = body(call("POST", "/experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "Green", "overrides": {"color": {"value": "green"}}}""", 201)).get("id").asText();
        call("POST", "/experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "Red", "overrides": {"color": {"value": "red"}}}""", 201);
        call("POST", "/experimentation/feature-flags/" + flagId + "/status", "{\"status\": \"active\"}", 200);
        experimentId = body(call("POST", "/experimentation/experiments", """
                {"name": "Green checkout", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 50, "is_control": true},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(flagId, blue, green), 201)).get("id").asText();
        call("GET", "/experimentation/experiments/" + experimentId, null, 200);
        call("GET", "/experimentation/experiments/" + experimentId, null, 200);
        for (String status : List.of("active", "paused", "completed", "archived")) {
            call("POST", "/experimentation/experiments/" + experimentId + "/status", "{\"status\": \"" + status + "\"}", 200);
        }
        call("POST", "/experimentation/experiments/" + experimentId + "/status", "{\"status\": \"active\"}", 400);
        // A forced answer is the mock's, not the provider's: not recorded.
        assertThat(mock.send(mock.request("/api/v2/experimentation/experiments/" + experimentId)
                .header("Authorization", SESSION_TOKEN).header("X-Mock-Session", SESSION)
                .header("Prefer", "code=404")).statusCode()).isEqualTo(404);

        HttpResponse<String> response = mock.send(mock.request("/__admin/sessions/" + SESSION + "/pact?consumer=checkout-ui"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        pact = body(response);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private static HttpResponse<String> call(String method, String path, String body, int status) {
        HttpRequest.Builder request = mock.request("/api/v2" + path).header("Authorization", SESSION_TOKEN)
                .header("X-Mock-Session", SESSION);
        HttpResponse<String> response = mock.send(body == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody()) : json(request, method, body));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response;
    }

    private static JsonNode interaction(String description) {
        for (JsonNode interaction : pact.get("interactions")) {
            if (interaction.get("description").asText().equals(description)) {
                return interaction;
            }
        }
        throw new AssertionError("no interaction '" + description + "' in " + descriptions());
    }

    private static List<String> descriptions() {
        List<String> out = new ArrayList<>();
        pact.get("interactions").forEach(i -> out.add(i.get("description").asText()));
        return out;
    }

    @Test
    void pactShouldBeSpecificationThreeBetweenTheConsumerAndExpcenter() {
        assertThat(pact.at("/metadata/pactSpecification/version").asText()).isEqualTo("3.0.0");
        assertThat(pact.at("/consumer/name").asText()).isEqualTo("checkout-ui");
        assertThat(pact.at("/provider/name").asText()).isEqualTo("expcenter");
    }

    @Test
    void repeatedCallsOfOneShapeShouldBeOneInteractionAndStatusMovesTheirOwn() {
        assertThat(descriptions()).containsExactly(
                "createFeatureFlag: 201",
                "createVariation: 201",
                "createVariation: 201 (2)",
                "updateFeatureFlagStatus from draft to active: 200",
                "createExperiment: 201",
                "getExperiment: 200",
                "updateExperimentStatus from draft to active: 200",
                "updateExperimentStatus from active to paused: 200",
                "updateExperimentStatus from paused to completed: 200",
                "updateExperimentStatus from completed to archived: 200",
                "updateExperimentStatus from archived to active: 400 invalid_status_transition");
        // A variation with overrides is another shape than one without; of Green and Red, the first is kept.
        assertThat(interaction("createVariation: 201").at("/request/body/name").asText()).isEqualTo("Blue");
        JsonNode withOverrides = interaction("createVariation: 201 (2)");
        assertThat(withOverrides.at("/request/body/name").asText()).isEqualTo("Green");
        assertThat(withOverrides.at("/providerStates/0/params/variations")).hasSize(1);
    }

    @Test
    void theSessionsTokenShouldNeverBeInThePact() {
        assertThat(pact.toString()).doesNotContain("s3cret-session-token");
        for (JsonNode interaction : pact.get("interactions")) {
            assertThat(interaction.at("/request/headers/Authorization").asText()).isEqualTo("Bearer recorded-dev-token");
            assertThat(interaction.at("/request/matchingRules/header/Authorization/matchers/0/regex").asText())
                    .isEqualTo("^Bearer .+$");
        }
    }

    @Test
    void eachInteractionsStateShouldHoldTheRecordsItNeedsBeforeTheCall() {
        JsonNode create = interaction("createFeatureFlag: 201").get("providerStates");
        assertThat(create).hasSize(1);
        assertThat(create.at("/0/name").asText()).isEqualTo("these records exist");
        for (String kind : List.of("feature_flags", "variations", "segments", "experiments")) {
            assertThat(create.at("/0/params/" + kind)).as(kind).isEmpty();
        }

        JsonNode pause = interaction("updateExperimentStatus from active to paused: 200").at("/providerStates/0/params");
        // Only what the call needs: not the flag the walk-through never touched.
        assertThat(pause.get("feature_flags")).hasSize(1);
        assertThat(pause.get("experiments")).hasSize(1);
        assertThat(pause.at("/experiments/0/id").asText()).isEqualTo(experimentId);
        assertThat(pause.at("/experiments/0/status").asText()).isEqualTo("active");
        assertThat(pause.at("/feature_flags/0/id").asText()).isEqualTo(flagId);
        assertThat(pause.at("/feature_flags/0/status").asText()).isEqualTo("active");
        assertThat(pause.get("variations")).hasSize(3);
        assertThat(pause.get("segments")).isEmpty();

        JsonNode activateFlag = interaction("updateFeatureFlagStatus from draft to active: 200").at("/providerStates/0/params");
        assertThat(activateFlag.at("/feature_flags/0/status").asText()).isEqualTo("draft");
        assertThat(activateFlag.get("variations")).hasSize(3);
        assertThat(activateFlag.get("experiments")).isEmpty();
    }

    @Test
    void generatedValuesShouldHaveMatchersAndTheRestStayLiteral() {
        JsonNode created = interaction("createExperiment: 201").get("response");
        JsonNode rules = created.at("/matchingRules/body");
        assertThat(rules.at("/$.id/matchers/0/regex").asText()).isEqualTo(ID);
        assertThat(rules.at("/$.created_at/matchers/0/regex").asText()).isEqualTo(TIMESTAMP);
        assertThat(rules.at("/$.updated_at/matchers/0/regex").asText()).isEqualTo(TIMESTAMP);
        // The flag and variations are the state's own, and names and statuses are the contract.
        assertThat(rules.has("$.feature_flag_id")).isFalse();
        assertThat(rules.has("$.allocations[0].variation_id")).isFalse();
        assertThat(rules.has("$.name")).isFalse();
        assertThat(rules.has("$.status")).isFalse();
        assertThat(created.at("/body/name").asText()).isEqualTo("Green checkout");
        assertThat(created.at("/matchingRules/header/Location/matchers/0/regex").asText())
                .isEqualTo(".*/api/v2/experimentation/experiments/exp_[A-HJ-NP-Za-km-z1-9]+$");

        JsonNode activated = interaction("updateExperimentStatus from draft to active: 200").get("response");
        assertThat(activated.at("/matchingRules/body/$.started_at/matchers/0/regex").asText()).isEqualTo(TIMESTAMP);
        assertThat(activated.at("/matchingRules/body").has("$.id")).isFalse();
        assertThat(activated.at("/body/status").asText()).isEqualTo("active");
    }

    @Test
    void anErrorsStateShouldBeTheWholeSessionBeforeIt() {
        JsonNode refused = interaction("updateExperimentStatus from archived to active: 400 invalid_status_transition");
        assertThat(refused.at("/providerStates/0/params/experiments/0/status").asText()).isEqualTo("archived");
        assertThat(refused.at("/providerStates/0/params/feature_flags")).as("the untouched flag too").hasSize(2);
        assertThat(refused.at("/providerStates/0/params/variations")).hasSize(5);
        assertThat(refused.at("/response/body/errorCode").asText()).isEqualTo("invalid_status_transition");
        assertThat(refused.at("/response/matchingRules").has("body")).isFalse();
    }

    @Test
    void everyInteractionShouldReplayAloneOnAFreshMock() throws Exception {
        try (MockClient fresh = MockClient.start()) {
            for (JsonNode interaction : pact.get("interactions")) {
                ObjectNode state = JSON.createObjectNode();
                state.put("state", interaction.at("/providerStates/0/name").asText());
                state.set("params", interaction.at("/providerStates/0/params"));
                HttpResponse<String> set = fresh.send(json(fresh.request("/__admin/provider-states"), "POST", state.toString()));
                assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

                JsonNode request = interaction.get("request");
                HttpRequest.Builder replay = fresh.request(request.get("path").asText())
                        .header("Authorization", request.at("/headers/Authorization").asText());
                HttpResponse<String> response = fresh.send(request.has("body")
                        ? json(replay, request.get("method").asText(), request.get("body").toString())
                        : replay.method(request.get("method").asText(), HttpRequest.BodyPublishers.noBody()));
                String description = interaction.get("description").asText();
                assertThat(response.statusCode()).as(description + ": " + response.body())
                        .isEqualTo(interaction.at("/response/status").asInt());
                if (interaction.at("/response/body/name").isTextual()) {
                    assertThat(body(response).get("name").asText()).as(description)
                            .isEqualTo(interaction.at("/response/body/name").asText());
                }
            }
        }
    }

    @Test
    void aSessionWithoutRecordedCallsShouldBeNotFoundAndAConsumerIsRequired() {
        HttpResponse<String> unknown = mock.send(mock.request("/__admin/sessions/never-used/pact?consumer=checkout-ui"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("errorCode").asText()).isEqualTo("not_found");

        for (String consumer : List.of("", "?consumer=", "?consumer=" + URLEncoder.encode("two words", StandardCharsets.UTF_8))) {
            HttpResponse<String> bad = mock.send(mock.request("/__admin/sessions/" + SESSION + "/pact" + consumer));
            assertThat(bad.statusCode()).as(consumer).isEqualTo(400);
            assertThat(body(bad).get("errorCode").asText()).isEqualTo("invalid_query_string");
            assertThat(body(bad).get("message").asText()).contains("'consumer'");
        }
    }

    @Test
    void aResetSessionShouldHaveRecordedNothing() {
        String session = "reset-me";
        assertThat(mock.send(mock.api("/experimentation/experiments").header("X-Mock-Session", session)).statusCode())
                .isEqualTo(200);
        assertThat(mock.send(mock.request("/__admin/sessions/" + session + "/pact?consumer=checkout-ui")).statusCode())
                .isEqualTo(200);
        assertThat(mock.send(mock.request("/__admin/reset").header("X-Mock-Session", session)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        assertThat(mock.send(mock.request("/__admin/sessions/" + session + "/pact?consumer=checkout-ui")).statusCode())
                .isEqualTo(404);
    }
}
