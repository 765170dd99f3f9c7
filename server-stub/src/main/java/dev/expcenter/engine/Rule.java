package dev.expcenter.engine;

/**
 * Every rule the engine can report broken, each with the {@link ErrorCode} it answers with. A rule
 * is what went wrong, not how it is worded: the values a message needs travel as the exception's
 * {@link EngineException#detail() detail}, under the keys listed here, and the HTTP edge words them.
 */
public enum Rule {
    EXPERIMENT_NOT_FOUND(ErrorCode.INEXISTENT_EXPERIMENT),
    FLAG_NOT_FOUND(ErrorCode.INEXISTENT_FEATURE_FLAG),
    VARIATION_NOT_FOUND(ErrorCode.INEXISTENT_VARIATION),
    SEGMENT_NOT_FOUND(ErrorCode.INEXISTENT_SEGMENT),

    EXPERIMENT_NAME_TAKEN(ErrorCode.EXPERIMENT_EXISTS),
    FLAG_NAME_TAKEN(ErrorCode.FEATURE_FLAG_EXISTS),
    SEGMENT_NAME_TAKEN(ErrorCode.SEGMENT_EXISTS),
    VARIATION_NAME_TAKEN(ErrorCode.VARIATION_EXISTS),

    /** {@code experiment}, {@code status}. */
    EXPERIMENT_NOT_EDITABLE(ErrorCode.EXPERIMENT_NOT_EDITABLE),
    FLAG_IN_USE(ErrorCode.FEATURE_FLAG_IN_USE),
    /** {@code variation}: the flag's variation an experiment of another flag allocates. */
    FLAG_VARIATION_USED_ELSEWHERE(ErrorCode.FEATURE_FLAG_IN_USE),
    VARIATION_IN_USE(ErrorCode.VARIATION_IN_USE),
    SEGMENT_IN_USE(ErrorCode.SEGMENT_IN_USE),
    FLAG_READ_ONLY(ErrorCode.FEATURE_FLAG_NOT_MODIFIABLE),
    SEGMENT_READ_ONLY(ErrorCode.SEGMENT_NOT_MODIFIABLE),

    COMPLETED_REACTIVATION(ErrorCode.INVALID_STATUS_TRANSITION),
    /** {@code from}, {@code to} (wire values), {@code allowed} (a list of wire values, maybe empty). */
    FORBIDDEN_TRANSITION(ErrorCode.INVALID_STATUS_TRANSITION),
    ACTIVE_EXPERIMENT_DELETE(ErrorCode.EXPERIMENT_ACTIVE),
    ALLOCATIONS_WHILE_ACTIVE(ErrorCode.EXPERIMENT_REQUIRES_PAUSE),
    /** {@code max}. */
    TOO_MANY_ALLOCATIONS(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS),
    /** {@code flag}. */
    FLAG_ARCHIVED(ErrorCode.FEATURE_FLAG_ARCHIVED),
    /** {@code min}, {@code count}. */
    TOO_FEW_VARIATIONS(ErrorCode.FEATURE_FLAG_INSUFFICIENT_VARIATIONS),
    LAST_VARIATION(ErrorCode.FEATURE_FLAG_LAST_VARIATION),
    /** {@code max}. */
    VARIATION_LIMIT(ErrorCode.FEATURE_FLAG_VARIATION_LIMIT),
    /** {@code variation}, {@code at} (the allocation), {@code flag}. */
    FOREIGN_VARIATION(ErrorCode.VARIATION_NOT_FROM_FLAG),
    /** {@code segment}, {@code at} (the allocation). */
    MISSING_SEGMENT(ErrorCode.SEGMENT_NOT_FOUND),

    // Readiness checks (a Problem each), in the order they run.
    /** {@code flag}, {@code state} (its status, or "missing"). */
    READY_FLAG_NOT_ACTIVE(ErrorCode.FEATURE_FLAG_NOT_ACTIVE),
    /** {@code variations} (a list of ids), {@code flag}. */
    READY_FOREIGN_VARIATIONS(ErrorCode.VARIATION_NOT_FROM_FLAG),
    /** {@code found}: how many allocations are the control. */
    READY_CONTROL_COUNT(ErrorCode.EXPERIMENT_MISSING_CONTROL),
    /** {@code sum}: the weights' sum. */
    READY_WEIGHT_SUM(ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS),
    /** {@code found}: how many allocations are the fallback. */
    READY_FALLBACK_COUNT(ErrorCode.EXPERIMENT_MISSING_DEFAULT),
    /** {@code segments} (a list of ids). */
    READY_MISSING_SEGMENTS(ErrorCode.SEGMENT_NOT_FOUND),
    /** {@code experiment}: the one already active. */
    READY_ANOTHER_ACTIVE(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED),
    /** An activation failed readiness: the exception's {@link EngineException#problems()}, its code the first's. */
    NOT_READY(null),

    /** {@code property}, {@code constraint} (a {@link Constraint}), {@code value}, {@code bound}. */
    INVALID_PROPERTY(ErrorCode.INVALID_BODY),
    /** As {@link #INVALID_PROPERTY}, {@code property} naming the query parameter. */
    INVALID_QUERY(ErrorCode.INVALID_QUERY_STRING),
    /** {@code parameter}, {@code type}. */
    PARAMETER_TYPE_MISMATCH(ErrorCode.INVALID_BODY),
    /** {@code parameter}, {@code bytes}. */
    PARAMETER_TOO_LARGE(ErrorCode.INVALID_BODY),
    /** {@code key}. */
    OVERRIDE_KEY_UNKNOWN(ErrorCode.INVALID_BODY),
    /** {@code parameter}, {@code type}. */
    OVERRIDE_TYPE_MISMATCH(ErrorCode.INVALID_BODY),
    /** {@code override}, {@code bytes}. */
    OVERRIDE_TOO_LARGE(ErrorCode.INVALID_BODY),
    /** {@code override}. */
    OVERRIDE_EQUALS_DEFAULT(ErrorCode.INVALID_BODY),
    /** {@code parameter}, {@code variation}: a flag PATCH would remove a parameter a variation overrides. */
    PARAMETER_STILL_OVERRIDDEN(ErrorCode.INVALID_BODY),
    /** {@code parameter}, {@code variation}, {@code type}: it would retype one. */
    PARAMETER_RETYPED_UNDER_OVERRIDE(ErrorCode.INVALID_BODY),
    /** {@code problem}: why a state document cannot be restored; {@code cause}, if any: the rule it breaks (an EngineException). */
    INCONSISTENT_STATE(ErrorCode.INVALID_BODY);

    private final ErrorCode code;

    Rule(ErrorCode code) {
        this.code = code;
    }

    /** The code this rule answers with; null only for {@link #NOT_READY}, which answers with its first problem's. */
    public ErrorCode code() {
        return code;
    }
}
