package dev.expcenter.stub.error;

import dev.expcenter.engine.Constraint;
import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.Problem;
import dev.expcenter.engine.Rule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words a broken rule of the engine: Auth0's message of its code ({@link ApiError#template()}), then
 * for the rules that say more, the detail (the names and ids concerned). Input rules go through
 * {@link Validation}, so the engine's verdict on a bad value reads like the stub's and the mock's.
 */
public final class EngineMessages {
    private EngineMessages() {
    }

    /** The message of the answer to {@code e}. */
    public static String of(EngineException e) {
        if (e.rule() == Rule.NOT_READY) {
            return "Experiment cannot be activated: validation failed: "
                    + e.problems().stream().map(EngineMessages::of).collect(Collectors.joining("; "));
        }
        return of(e.rule(), e.detail());
    }

    /** The message of one failed readiness check (also a row of the validate operation's answer). */
    public static String of(Problem problem) {
        return of(problem.rule(), problem.detail());
    }

    private static String of(Rule rule, Map<String, Object> detail) {
        if (rule == Rule.INVALID_PROPERTY || rule == Rule.INVALID_QUERY) {
            return Validation.message(rule == Rule.INVALID_PROPERTY ? Validation.Part.BODY : Validation.Part.QUERY,
                    Validation.what((Constraint) detail.get("constraint"), detail.get("value"), detail.get("bound")),
                    String.valueOf(detail.get("property")));
        }
        String base = ApiError.of(rule.code()).template();
        String text = switch (rule) {
            case FLAG_VARIATION_USED_ELSEWHERE -> base + " Its variation '{variation}' is allocated by an experiment"
                    + " of another feature flag.";
            case COMPLETED_REACTIVATION -> "Completed experiments cannot be reactivated.";
            case FORBIDDEN_TRANSITION -> base + " Cannot move from '{from}' to '{to}'; allowed: "
                    + (((List<?>) detail.get("allowed")).isEmpty() ? "none" : "{allowed}") + ".";
            case FOREIGN_VARIATION -> base + " Variation '{variation}' ({at}) is not a variation of feature flag '{flag}'.";
            case MISSING_SEGMENT -> base + " Segment '{segment}' ({at}) does not exist.";
            case READY_FLAG_NOT_ACTIVE -> detail.containsKey("status") ? base : "Feature flag {flag} does not exist; must be active";
            case READY_FOREIGN_VARIATIONS -> (((List<?>) detail.get("variations")).size() == 1
                    ? "Variation {variations} does" : "Variations {variations} do") + " not belong to feature flag {flag}";
            case READY_MISSING_SEGMENTS -> "Segments not found: " + ((List<?>) detail.get("segments")).stream()
                    .map(m -> ((Map<?, ?>) m).containsKey("at") ? ((Map<?, ?>) m).get("at") + " has no segment_id"
                            : ((Map<?, ?>) m).get("segment") + " does not exist")
                    .collect(Collectors.joining(", "));
            case PARAMETER_TYPE_MISMATCH -> "Parameter value does not match the declared type. Parameter '{parameter}'"
                    + " is declared '{type}'.";
            case PARAMETER_TOO_LARGE -> "Parameter value exceeds maximum size of 1KB. Parameter '{parameter}' has {bytes}"
                    + " bytes of JSON.";
            case OVERRIDE_KEY_UNKNOWN -> "Invalid override key. '{key}' is not a parameter of the feature flag.";
            case OVERRIDE_TYPE_MISMATCH -> "Override value type does not match the parameter type. Parameter '{parameter}'"
                    + " is declared '{type}'.";
            case OVERRIDE_TOO_LARGE -> "Override value exceeds maximum size of 1KB. Override '{override}' has {bytes}"
                    + " bytes of JSON.";
            case OVERRIDE_EQUALS_DEFAULT -> "Override value must differ from the feature flag parameter default value."
                    + " Override '{override}' equals it.";
            case PARAMETER_STILL_OVERRIDDEN -> Validation.message(Validation.Part.BODY,
                    "Parameter '{parameter}' is overridden by variation {variation} and cannot be removed", "parameters");
            case PARAMETER_RETYPED_UNDER_OVERRIDE -> Validation.message(Validation.Part.BODY,
                    "Parameter '{parameter}' is overridden by variation {variation} with a value that is not '{type}'",
                    "parameters.{parameter}.type");
            case INCONSISTENT_STATE -> "Inconsistent state: {problem}"
                    + (detail.get("cause") instanceof EngineException cause ? ": " + of(cause) : "");
            default -> base;
        };
        return Templates.fill(text, detail);
    }
}
