package dev.expcenter.stub.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules on flag parameters and variation overrides that the spec states in words (its descriptions of
 * {@code FeatureFlagParameter.value}, {@code VariationOverride.value} and {@code VariationOverrides}) and no
 * schema keyword can: a value of the parameter's declared type, at most 1 KB of JSON text, an override that
 * names a parameter of the flag and differs from its default, and a flag PATCH that keeps every variation's
 * overrides valid. Written here from the spec's text, independently of the engine's {@code Parameters},
 * so that {@link MutatedBodyPropertiesSuite} can say which answer a body deserves.
 */
final class ParameterRules {
    private static final int MAX_VALUE_BYTES = 1024;

    private ParameterRules() {
    }

    /** What is wrong with the parameters of a flag create or PATCH body, given the overrides of the flag's variations. */
    static List<String> flagBody(JsonNode body, List<JsonNode> variationOverrides, boolean patch) {
        List<String> problems = new ArrayList<>();
        JsonNode parameters = body.path("parameters");
        parameters.fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            if (!typed(p.path("type").asText(), p.get("value"))) {
                problems.add("parameter " + e.getKey() + " is not of its type");
            } else if (bytes(p.get("value")) > MAX_VALUE_BYTES) {
                problems.add("parameter " + e.getKey() + " over 1 KB");
            }
        });
        if (patch && parameters.isObject()) {
            for (JsonNode overrides : variationOverrides) {
                overrides.fields().forEachRemaining(o -> {
                    JsonNode p = parameters.get(o.getKey());
                    if (p == null || !typed(p.path("type").asText(), o.getValue().get("value"))) {
                        problems.add("an override of " + o.getKey() + " would no longer be valid");
                    }
                });
            }
        }
        return problems;
    }

    /** What is wrong with the overrides of a variation body, given the flag's parameters ({@code GET} of the flag). */
    static List<String> variationBody(JsonNode body, JsonNode flagParameters) {
        List<String> problems = new ArrayList<>();
        body.path("overrides").fields().forEachRemaining(o -> {
            JsonNode p = flagParameters.get(o.getKey());
            JsonNode value = o.getValue().get("value");
            if (p == null) {
                problems.add(o.getKey() + " is not a parameter");
            } else if (!typed(p.path("type").asText(), value)) {
                problems.add("override " + o.getKey() + " is not of its type");
            } else if (bytes(value) > MAX_VALUE_BYTES) {
                problems.add("override " + o.getKey() + " over 1 KB");
            } else if (value.equals(p.get("value"))) {
                problems.add("override " + o.getKey() + " equals the default");
            }
        });
        return problems;
    }

    private static boolean typed(String type, JsonNode value) {
        if (value == null) {
            return false;
        }
        return switch (type) {
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "number" -> value.isNumber();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static int bytes(JsonNode value) {
        return value.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
