package dev.expcenter.engine;

import java.util.List;
import java.util.Map;

/**
 * The rules of flag parameters and variation overrides.
 * A parameter's {@code type} is one of {@link #TYPES}; its value, and every override of it, must be
 * of that type (null is of none) and at most {@link Limits#MAX_VALUE_BYTES} of JSON text; an override
 * must name a parameter and differ from its default value.
 */
final class Parameters {
    static final List<String> TYPES = List.of("string", "boolean", "number", "array", "object");

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
                throw EngineException.invalidBody("parameters." + name + ".type", Constraint.ENUM, p.type(), TYPES);
            }
            if (!matches(p.type(), p.value())) {
                throw new EngineException(Rule.PARAMETER_TYPE_MISMATCH, Map.of("parameter", name, "type", p.type()));
            }
            if (Json.utf8Length(p.value()) > Limits.MAX_VALUE_BYTES) {
                throw new EngineException(Rule.PARAMETER_TOO_LARGE,
                        Map.of("parameter", name, "bytes", Json.utf8Length(p.value())));
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
                    throw new EngineException(Rule.OVERRIDE_KEY_UNKNOWN, Map.of("key", key));
                }
                if (!matches(p.type(), value)) {
                    throw new EngineException(Rule.OVERRIDE_TYPE_MISMATCH, Map.of("parameter", key, "type", p.type()));
                }
                if (Json.utf8Length(value) > Limits.MAX_VALUE_BYTES) {
                    throw new EngineException(Rule.OVERRIDE_TOO_LARGE,
                            Map.of("override", key, "bytes", Json.utf8Length(value)));
                }
                if (Json.same(value, p.value())) {
                    throw new EngineException(Rule.OVERRIDE_EQUALS_DEFAULT, Map.of("override", key));
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
                    throw new EngineException(Rule.PARAMETER_STILL_OVERRIDDEN, Map.of("parameter", key, "variation", v.id()));
                }
                if (!matches(p.type(), value)) {
                    throw new EngineException(Rule.PARAMETER_RETYPED_UNDER_OVERRIDE,
                            Map.of("parameter", key, "variation", v.id(), "type", p.type()));
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
}
