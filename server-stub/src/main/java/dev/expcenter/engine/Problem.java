package dev.expcenter.engine;

import java.util.Map;
import java.util.Objects;

/** One failed readiness check: the rule and the values a message about it needs. */
public record Problem(Rule rule, Map<String, Object> detail) {

    public Problem {
        Objects.requireNonNull(rule, "rule");
        detail = Map.copyOf(detail);
    }

    /** The check's error code. */
    public ErrorCode code() {
        return rule.code();
    }
}
