package dev.expcenter.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape checks of segment rules on create and PATCH (see {@link SegmentRule}). */
final class Conditions {
    private static final Set<String> LIST_OPERATORS = Set.of("contains", "starts_with", "ends_with");

    private Conditions() {
    }

    static List<SegmentRule> checked(List<SegmentRule> rules) {
        if (rules == null) {
            return null;
        }
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule rule = Inputs.required(rules.get(i), "rules[" + i + "]");
            String at = "rules[" + i + "]";
            if (rule.match() == null && rule.notMatch() == null) {
                throw tooFew(at);
            }
            check(rule.match(), at + ".match");
            check(rule.notMatch(), at + ".not_match");
        }
        return List.copyOf(rules);
    }

    private static void check(Map<String, Object> conditions, String at) {
        if (conditions == null) {
            return;
        }
        if (conditions.isEmpty()) {
            throw tooFew(at);
        }
        if (conditions.size() > Limits.MAX_CONDITION_ATTRIBUTES) {
            throw EngineException.invalidBody(at, Constraint.MAX_PROPERTIES, conditions.size(),
                    Limits.MAX_CONDITION_ATTRIBUTES);
        }
        conditions.forEach((attribute, condition) -> {
            if (!(strings(condition) || operator(condition))) {
                throw EngineException.invalidBody(at + "." + attribute, Constraint.ONE_OF, condition, null);
            }
        });
    }

    private static boolean operator(Object condition) {
        if (!(condition instanceof Map<?, ?> map) || map.size() != 1) {
            return false;
        }
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        return LIST_OPERATORS.contains(only.getKey()) ? strings(only.getValue())
                : "exists".equals(only.getKey()) && only.getValue() instanceof Boolean;
    }

    private static boolean strings(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(item -> item instanceof String text
                && text.codePointCount(0, text.length()) <= Limits.MAX_CONDITION_VALUE_LENGTH);
    }

    private static EngineException tooFew(String at) {
        return EngineException.invalidBody(at, Constraint.MIN_PROPERTIES, 0, 1);
    }
}
