package dev.expcenter.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A broken rule: which rule, its error code and the values a message about it needs (ids, statuses,
 * the property and the constraint); the HTTP edge words it. {@link #getMessage()} is for logs only.
 */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final transient Map<String, Object> detail;
    private final transient List<Problem> problems;

    /** A rule without detail. */
    public EngineException(Rule rule) {
        this(rule, Map.of());
    }

    /** A rule with the values its message needs (keys as {@link Rule} documents them). */
    public EngineException(Rule rule, Map<String, ?> detail) {
        this(rule, detail, List.of());
    }

    private EngineException(Rule rule, Map<String, ?> detail, List<Problem> problems) {
        super(rule + " " + detail + (problems.isEmpty() ? "" : " " + problems), null, false, false);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.detail = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
        this.problems = List.copyOf(problems);
    }

    /** The rule broken. */
    public Rule rule() {
        return rule;
    }

    /** The error code: the rule's, or for a failed activation its first problem's. */
    public ErrorCode code() {
        return problems.isEmpty() ? rule.code() : problems.get(0).code();
    }

    /** The values the message needs, by the keys {@link Rule} documents. */
    public Map<String, Object> detail() {
        return detail;
    }

    /** The failed readiness checks of a {@link Rule#NOT_READY}, in the order they ran; else empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** An input that breaks its schema: the property, the keyword broken, the value and the keyword's bound. */
    static EngineException invalidBody(String property, Constraint constraint, Object value, Object bound) {
        return invalid(Rule.INVALID_PROPERTY, property, constraint, value, bound);
    }

    /** A query parameter that breaks its schema. */
    static EngineException invalidQuery(String parameter, Constraint constraint, Object value, Object bound) {
        return invalid(Rule.INVALID_QUERY, parameter, constraint, value, bound);
    }

    private static EngineException invalid(Rule rule, String property, Constraint constraint, Object value, Object bound) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("property", property);
        detail.put("constraint", constraint);
        detail.put("value", value);
        detail.put("bound", bound);
        return new EngineException(rule, detail);
    }

    /** A move the lifecycle forbids: the statuses (wire values) involved. */
    static EngineException forbiddenTransition(Enum<?> from, Enum<?> to, List<? extends Enum<?>> allowed) {
        return new EngineException(Rule.FORBIDDEN_TRANSITION, Map.of("from", Wire.of(from), "to", Wire.of(to),
                "allowed", allowed.stream().map(Wire::of).toList()));
    }

    /** An activation that failed readiness. */
    static EngineException notReady(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem");
        }
        return new EngineException(Rule.NOT_READY, Map.of(), problems);
    }
}
