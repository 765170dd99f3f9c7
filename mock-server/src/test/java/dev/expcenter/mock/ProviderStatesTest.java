package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.NewFlag;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProviderStatesTest {
    private static final List<String> CALLS = new CopyOnWriteArrayList<>();
    /** A fake catalogue with one state; the real one is dev.expcenter.stub.states.ProviderStates. */
    private static final ProviderStateHandler FAKE = (engine, state, params, setup) -> {
        if (!state.equals("a flag exists")) {
            throw new UnknownProviderStateException(state);
        }
        CALLS.add(state + (setup ? " setup " : " teardown ") + params);
        if (!setup) {
            return Map.of();
        }
        String name = String.valueOf(params.getOrDefault("name", "From a provider state"));
        return Map.of("flagId", engine.createFlag(new NewFlag(name, null,
                Map.of("enabled", new FlagParameter("boolean", false, null)))).id());
    };

    private static MockClient mock;

    @BeforeAll
    static void start() {
        mock = MockClient.start(MockConfig.builder().providerStates(FAKE).build());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private HttpResponse<String> post(String session, String body) {
        return mock.send(json(mock.request("/__admin/provider-states").header("X-Mock-Session", session), "POST", body));
    }

    @Test
    void setupShouldApplyTheStateAndAnswerTheInjectedValues() {
        HttpResponse<String> response = post("pact-1", """
                {"state": "a flag exists", "params": {"name": "Pact flag"}, "action": "setup"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String flagId = body(response).get("flagId").asText();
        JsonNode flag = body(mock.send(mock.api("/experimentation/feature-flags/" + flagId)
                .header("X-Mock-Session", "pact-1")));
        assertThat(flag.get("name").asText()).isEqualTo("Pact flag");
        assertThat(mock.send(mock.api("/experimentation/feature-flags/" + flagId)).statusCode())
                .as("the default engine is untouched").isEqualTo(404);
    }

    @Test
    void teardownShouldReachTheHandlerAsNotSetup() {
        HttpResponse<String> response = post("pact-2", """
                {"consumer": "web", "state": "a flag exists", "params": {}, "action": "teardown"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).isEmpty()).isTrue();
        assertThat(CALLS).contains("a flag exists teardown {}");
    }

    @Test
    void unknownStateShouldBeA400NamingIt() {
        HttpResponse<String> response = post("pact-3", """
                {"state": "the moon is blue", "action": "setup"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.get("errorCode").asText()).isEqualTo("unknown_provider_state");
        assertThat(error.get("message").asText()).contains("the moon is blue");
    }

    @Test
    void bodyWithoutStateShouldBeAnInvalidBody() {
        HttpResponse<String> response = post("pact-4", "{\"action\": \"setup\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errorCode").asText()).isEqualTo("invalid_body");
    }
}
