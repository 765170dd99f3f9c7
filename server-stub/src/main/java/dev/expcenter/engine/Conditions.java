package dev.expcenter.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape checks of segment rules on create and PATCH (see {@link SegmentRule}). */
final class Conditions {
    /** The longest value Auth0's document allows in a condition (its {@code maxLength}, in characters). */
    static final int MAX_VALUE_LENGTH = 1024;
    /** The most attributes one {@code match} or {@code not_match} may name (Auth0's {@code maxProperties}). */
    static final int MAX_ATTRIBUTES = 10;
    private static final Set<String> LIST_OPERATORS = Set.of("contains", "starts_with", "ends_with");
    // The words of the mock's schema check for a oneOf that no branch matches, so both servers say the same.
    private static final String SHAPES = "Data does not match any schemas from 'oneOf'";

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
        if (conditions.size() > MAX_ATTRIBUTES) {
            throw EngineException.invalidBody("Too many properties defined (" + conditions.size() + "), maximum "
                    + MAX_ATTRIBUTES, at);
        }
        conditions.forEach((attribute, condition) -> {
            if (!(strings(condition) || operator(condition))) {
                throw EngineException.invalidBody(SHAPES, at + "." + attribute);
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
                && text.codePointCount(0, text.length()) <= MAX_VALUE_LENGTH);
    }

    private static EngineException tooFew(String at) {
        return EngineException.invalidBody("Too few properties defined (0), minimum 1", at);
    }
}
