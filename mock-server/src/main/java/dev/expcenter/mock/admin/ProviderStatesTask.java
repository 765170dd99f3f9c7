package dev.expcenter.mock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.Constraint;
import dev.expcenter.mock.ProviderStateHandler;
import dev.expcenter.mock.UnknownProviderStateException;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.error.Validation;
import dev.expcenter.stub.server.JsonMapperProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /__admin/provider-states}: Pact's state-change call,
 * {@code {"state": "...", "params": {...}, "action": "setup"|"teardown"}}, applied by the configured
 * {@link ProviderStateHandler} to the engine (a session's with the header). Answers the handler's
 * map, which Pact injects into the interaction. Other properties Pact verifiers send
 * ({@code consumer}, {@code states}) are ignored.
 */
final class ProviderStatesTask implements AdminTask {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final SessionEngines sessions;
    private final ProviderStateHandler handler;

    ProviderStatesTask(SessionEngines sessions, ProviderStateHandler handler) {
        this.sessions = sessions;
        this.handler = handler;
    }

    @Override
    public Response execute(ContainerRequestContext request) {
        ObjectMapper json = JsonMapperProvider.mapper();
        JsonNode body;
        try {
            body = json.readTree(request.getEntityStream());
        } catch (JsonProcessingException e) {
            return invalid("Malformed JSON: " + e.getOriginalMessage(), "body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body == null || !body.isObject()) {
            return invalid("Expected type object", "body");
        }
        JsonNode state = body.path("state");
        if (!state.isTextual() || state.asText().isBlank()) {
            return invalid(Validation.what(Constraint.REQUIRED, null, "state"), "state");
        }
        JsonNode params = body.path("params");
        if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
            return invalid("Expected type object", "params");
        }
        String action = body.path("action").asText("setup");
        if (!action.equals("setup") && !action.equals("teardown")) {
            return invalid(Validation.what(Constraint.ENUM, action, List.of("setup", "teardown")), "action");
        }
        Map<String, Object> values;
        try {
            values = handler.apply(sessions.select(request.getHeaderString(SessionEngines.HEADER)),
                    state.asText(), params.isObject() ? json.convertValue(params, MAP) : Map.of(), action.equals("setup"));
        } catch (UnknownProviderStateException unknown) {
            throw unknown;
        } catch (IllegalArgumentException badParams) {
            return invalid(badParams.getMessage(), "params");
        }
        return Response.ok(values == null ? Map.of() : values).build();
    }

    private static Response invalid(String what, String property) {
        return Validation.response(Validation.Part.BODY, what, property);
    }
}
