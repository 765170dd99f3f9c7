package dev.expcenter.engine;

import java.util.List;
import java.util.Map;

/**
 * The rules of flag parameters and variation overrides, with Auth0's messages (then the name).
 * A parameter's {@code type} is one of {@link #TYPES}; its value, and every override of it, must be
 * of that type (null is of none) and at most {@link #MAX_VALUE_BYTES} of JSON text; an override
 * must name a parameter and differ from its default value.
 */
final class Parameters {
    static final List<String> TYPES = List.of("string", "boolean", "number", "array", "object");
    /** "1KB" in Auth0's messages: the UTF-8 bytes of the value's compact JSON text. */
    static final int MAX_VALUE_BYTES = 1024;

    private Parameters() {
    }

    /** The parameters of a create or PATCH of a flag, checked in order; null stays null. */
    static Map<String, FlagParameter> checked(Map<String, FlagParameter> parameters) {
        if (parameters == null) {
            return null;
        }
        parameters.forEach((name, p) -> {
            Inputs.required(p, "parameters." + name);
            if (!TYPES.contains(p.type())) {
                throw EngineException.invalidBody("Value '" + p.type() + "' is not one of " + String.join(", ", TYPES),
                        "parameters." + name + ".type");
            }
            if (!matches(p.type(), p.value())) {
                throw invalid("Parameter value does not match the declared type. Parameter '" + name
                        + "' is declared '" + p.type() + "'.");
            }
            if (Json.utf8Length(p.value()) > MAX_VALUE_BYTES) {
                throw invalid("Parameter value exceeds maximum size of 1KB. Parameter '" + name + "' has "
                        + Json.utf8Length(p.value()) + " bytes of JSON.");
            }
        });
        return Json.orderedCopy(parameters, p -> p);
    }

    /** The overrides of a create or PATCH of a variation of {@code flag}, key by key in order. */
    static Map<String, Object> overrides(FeatureFlag flag, Map<String, Object> overrides) {
        if (overrides != null) {
            overrides.forEach((key, value) -> {
                FlagParameter p = flag.parameters().get(key);
                if (p == null) {
                    throw invalid("Invalid override key. '" + key + "' is not a parameter of the feature flag.");
                }
                if (!matches(p.type(), value)) {
                    throw invalid("Override value type does not match the parameter type. Parameter '" + key
                            + "' is declared '" + p.type() + "'.");
                }
                if (Json.utf8Length(value) > MAX_VALUE_BYTES) {
                    throw invalid("Override value exceeds maximum size of 1KB. Override '" + key + "' has "
                            + Json.utf8Length(value) + " bytes of JSON.");
                }
                if (Json.same(value, p.value())) {
                    throw invalid("Override value must differ from the feature flag parameter default value. Override '"
                            + key + "' equals it.");
                }
            });
        }
        return Json.orderedCopy(overrides, Json::freeze);
    }

    /**
     * On a flag PATCH that replaces the parameters: every existing override must still name a
     * parameter, of a type its value has. A parameter a variation overrides can therefore be neither
     * removed nor given another type until the override goes; a new default equal to an override is
     * allowed (the override rules are checked when a variation is written).
     */
    static void keepOverridesValid(Map<String, FlagParameter> parameters, List<Variation> variations) {
        for (Variation v : variations) {
            v.overrides().forEach((key, value) -> {
                FlagParameter p = parameters.get(key);
                if (p == null) {
                    throw EngineException.invalidBody("Parameter '" + key + "' is overridden by variation " + v.id()
                            + " and cannot be removed", "parameters");
                }
                if (!matches(p.type(), value)) {
                    throw EngineException.invalidBody("Parameter '" + key + "' is overridden by variation " + v.id()
                            + " with a value that is not '" + p.type() + "'", "parameters." + key + ".type");
                }
            });
        }
    }

    static boolean matches(String type, Object value) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "number" -> value instanceof Number;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> false;
        };
    }

    private static EngineException invalid(String message) {
        return new EngineException(ErrorCode.INVALID_BODY, message);
    }
}
