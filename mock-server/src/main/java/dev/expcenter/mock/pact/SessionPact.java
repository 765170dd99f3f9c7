package dev.expcenter.mock.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.engine.EngineState;
import dev.expcenter.mock.session.RecordedCall;
import dev.expcenter.stub.data.StateDocument;
import dev.expcenter.stub.server.JsonMapperProvider;
import dev.expcenter.stub.states.ProviderStateNames;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Pact (specification 3) document of a session's recorded calls, one interaction per call shape.
 * Each interaction's provider state ({@value ProviderStateNames#RECORDS_EXIST}) carries the records
 * it needs ({@link NeededRecords}), so it replays alone, in any order, on a fresh provider. Values the
 * provider generates get matchers: ids it made in the call (by their kind's pattern) and every
 * timestamp (RFC 3339); everything else, names and statuses included, is literal. The token is never
 * written: each request carries {@value #TOKEN}, matched as any bearer token.
 */
public final class SessionPact {
    /** The provider every pact names. */
    public static final String PROVIDER = "expcenter";
    /** The {@code Authorization} every recorded request carries instead of the session's token. */
    public static final String TOKEN = "Bearer recorded-dev-token";
    static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";

    private SessionPact() {
    }

    /** The pact between {@code consumer} and {@value #PROVIDER} of {@code calls}, recorded in {@code session}. */
    public static ObjectNode of(String consumer, String session, List<RecordedCall> calls) {
        ObjectMapper json = JsonMapperProvider.mapper();
        ObjectNode pact = json.createObjectNode();
        pact.putObject("consumer").put("name", consumer);
        pact.putObject("provider").put("name", PROVIDER);
        ArrayNode interactions = pact.putArray("interactions");
        Set<String> descriptions = new HashSet<>();
        for (RecordedCall call : calls) {
            interactions.add(interaction(json, call, unique(description(call), descriptions)));
        }
        ObjectNode metadata = pact.putObject("metadata");
        metadata.putObject("pactSpecification").put("version", "3.0.0");
        metadata.putObject("expcenter-mock").put("session", session);
        return pact;
    }

    /** The operation and its outcome: {@code updateExperimentStatus from active to paused: 200}. */
    static String description(RecordedCall call) {
        StringBuilder d = new StringBuilder(call.operationId());
        call.move().ifPresent(m -> d.append(' ').append(m));
        d.append(": ").append(call.status());
        if (call.responseBody() != null && call.responseBody().path("errorCode").isTextual()) {
            d.append(' ').append(call.responseBody().path("errorCode").asText());
        }
        return d.toString();
    }

    private static String unique(String description, Set<String> taken) {
        String candidate = description;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = description + " (" + n + ")";
        }
        return candidate;
    }

    private static ObjectNode interaction(ObjectMapper json, RecordedCall call, String description) {
        ObjectNode interaction = json.createObjectNode();
        interaction.put("description", description);
        EngineState needed = NeededRecords.of(call);
        ObjectNode state = interaction.putArray("providerStates").addObject();
        state.put("name", ProviderStateNames.RECORDS_EXIST);
        state.set("params", json.valueToTree(StateDocument.of(needed)));

        ObjectNode request = interaction.putObject("request");
        request.put("method", call.method());
        request.put("path", call.path());
        if (!call.query().isEmpty()) {
            request.set("query", json.valueToTree(call.query()));
        }
        ObjectNode headers = request.putObject("headers");
        ObjectNode headerRules = json.createObjectNode();
        headers.put("Authorization", TOKEN);
        headerRules.set("Authorization", regex(json, "^Bearer .+$"));
        if (call.requestBody() != null) {
            contentType(json, call.requestContentType(), headers, headerRules);
            request.set("body", call.requestBody());
        }
        request.putObject("matchingRules").set("header", headerRules);

        ObjectNode response = interaction.putObject("response");
        response.put("status", call.status());
        ObjectNode responseHeaders = json.createObjectNode();
        ObjectNode responseHeaderRules = json.createObjectNode();
        contentType(json, call.responseContentType(), responseHeaders, responseHeaderRules);
        if (call.location() != null) {
            responseHeaders.put("Location", call.location());
            responseHeaderRules.set("Location", regex(json, ".*" + Ids.anyIds(URI.create(call.location()).getRawPath()) + "$"));
        }
        if (!responseHeaders.isEmpty()) {
            response.set("headers", responseHeaders);
        }
        ObjectNode rules = response.putObject("matchingRules");
        if (!responseHeaderRules.isEmpty()) {
            rules.set("header", responseHeaderRules);
        }
        if (call.responseBody() != null) {
            response.set("body", call.responseBody());
            ObjectNode bodyRules = json.createObjectNode();
            generated(json, call.responseBody(), "$", ids(needed), bodyRules);
            if (!bodyRules.isEmpty()) {
                rules.set("body", bodyRules);
            }
        }
        if (rules.isEmpty()) {
            response.remove("matchingRules");
        }
        return interaction;
    }

    private static void contentType(ObjectMapper json, String type, ObjectNode headers, ObjectNode rules) {
        if (type != null) {
            headers.put("Content-Type", type);
            String bare = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type;
            rules.set("Content-Type", regex(json, "^" + Ids.literal(bare) + ".*$"));
        }
    }

    /** Matchers for the values the provider generated: timestamps, and ids not among {@code known}. */
    private static void generated(ObjectMapper json, JsonNode node, String path, Set<String> known, ObjectNode rules) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.matches(TIMESTAMP)) {
                rules.set(path, regex(json, TIMESTAMP));
            } else if (!known.contains(text)) {
                Ids.patternOf(text).ifPresent(pattern -> rules.set(path, regex(json, pattern)));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                generated(json, node.get(i), path + "[" + i + "]", known, rules);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> generated(json, e.getValue(), path + key(e.getKey()), known, rules));
        }
    }

    private static String key(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }

    private static Set<String> ids(EngineState state) {
        Set<String> ids = new HashSet<>();
        state.featureFlags().forEach(f -> ids.add(f.id()));
        state.variations().forEach(v -> ids.add(v.id()));
        state.segments().forEach(s -> ids.add(s.id()));
        state.experiments().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static ObjectNode regex(ObjectMapper json, String regex) {
        ObjectNode rule = json.createObjectNode();
        rule.put("combine", "AND");
        rule.putArray("matchers").addObject().put("match", "regex").put("regex", regex);
        return rule;
    }
}
