package dev.expcenter.engine;

/**
 * The {@code errorCode}s of Auth0's vocabulary that a broken rule of the engine reports. The engine
 * names the code only; how it is answered (status, wire string, message) is the HTTP edge's business.
 */
public enum ErrorCode {
    INVALID_BODY,
    INVALID_QUERY_STRING,

    INEXISTENT_EXPERIMENT,
    INEXISTENT_FEATURE_FLAG,
    INEXISTENT_VARIATION,
    INEXISTENT_SEGMENT,

    /** A name another entity of the same kind already has (variations: on the same flag). */
    EXPERIMENT_EXISTS,
    FEATURE_FLAG_EXISTS,
    SEGMENT_EXISTS,
    VARIATION_EXISTS,
    EXPERIMENT_NOT_EDITABLE,
    FEATURE_FLAG_IN_USE,
    VARIATION_IN_USE,
    SEGMENT_IN_USE,

    /** Flags and segments of type {@code auth0} (Auth0's catalogue) are read-only. */
    FEATURE_FLAG_NOT_MODIFIABLE,
    SEGMENT_NOT_MODIFIABLE,

    INVALID_STATUS_TRANSITION,
    EXPERIMENT_ACTIVE,
    EXPERIMENT_REQUIRES_PAUSE,
    EXPERIMENT_TOO_MANY_ALLOCATIONS,
    FEATURE_FLAG_ARCHIVED,
    FEATURE_FLAG_INSUFFICIENT_VARIATIONS,
    FEATURE_FLAG_LAST_VARIATION,
    FEATURE_FLAG_VARIATION_LIMIT,

    // Readiness checks, in the order they run.
    FEATURE_FLAG_NOT_ACTIVE,
    VARIATION_NOT_FROM_FLAG,
    EXPERIMENT_MISSING_CONTROL,
    EXPERIMENT_INVALID_ALLOCATION_WEIGHTS,
    EXPERIMENT_MISSING_DEFAULT,
    SEGMENT_NOT_FOUND,
    EXPERIMENT_ACTIVE_LIMIT_EXCEEDED
}
