package dev.expcenter.engine;

/**
 * Every {@code errorCode} the project answers with, and the HTTP status it answers with. The
 * statuses are those of Auth0's published document where it gives one; the engine throws every
 * code with its status here ({@link EngineException#httpStatus()} is the status to answer with).
 */
public enum ErrorCode {
    INVALID_BODY(400, "invalid_body"),
    INVALID_URI(400, "invalid_uri"),
    INVALID_QUERY_STRING(400, "invalid_query_string"),
    /** A request header the spec declares (or the mock's session header) with a value it does not allow. */
    INVALID_HEADERS(400, "invalid_headers"),

    INEXISTENT_EXPERIMENT(404, "inexistent_experiment"),
    INEXISTENT_FEATURE_FLAG(404, "inexistent_feature_flag"),
    INEXISTENT_VARIATION(404, "inexistent_variation"),
    INEXISTENT_SEGMENT(404, "inexistent_segment"),

    /** A name another entity of the same kind already has (variations: on the same flag). */
    EXPERIMENT_EXISTS(409, "experiment_exists"),
    FEATURE_FLAG_EXISTS(409, "feature_flag_exists"),
    SEGMENT_EXISTS(409, "segment_exists"),
    VARIATION_EXISTS(409, "variation_exists"),
    EXPERIMENT_NOT_EDITABLE(409, "experiment_not_editable"),
    FEATURE_FLAG_IN_USE(409, "feature_flag_in_use"),
    VARIATION_IN_USE(409, "variation_in_use"),
    SEGMENT_IN_USE(409, "segment_in_use"),

    /** Flags and segments of type {@code auth0} (Auth0's catalogue) are read-only. */
    FEATURE_FLAG_NOT_MODIFIABLE(403, "feature_flag_not_modifiable"),
    SEGMENT_NOT_MODIFIABLE(403, "segment_not_modifiable"),

    INVALID_STATUS_TRANSITION(400, "invalid_status_transition"),
    EXPERIMENT_ACTIVE(400, "experiment_active"),
    EXPERIMENT_REQUIRES_PAUSE(400, "experiment_requires_pause"),
    EXPERIMENT_TOO_MANY_ALLOCATIONS(400, "experiment_too_many_allocations"),
    FEATURE_FLAG_ARCHIVED(400, "feature_flag_archived"),
    FEATURE_FLAG_INSUFFICIENT_VARIATIONS(400, "feature_flag_insufficient_variations"),
    FEATURE_FLAG_LAST_VARIATION(400, "feature_flag_last_variation"),
    FEATURE_FLAG_VARIATION_LIMIT(400, "feature_flag_variation_limit"),

    // Readiness checks, in the order they run.
    FEATURE_FLAG_NOT_ACTIVE(400, "feature_flag_not_active"),
    VARIATION_NOT_FROM_FLAG(400, "variation_not_from_flag"),
    EXPERIMENT_MISSING_CONTROL(400, "experiment_missing_control"),
    EXPERIMENT_INVALID_ALLOCATION_WEIGHTS(400, "experiment_invalid_allocation_weights"),
    EXPERIMENT_MISSING_DEFAULT(400, "experiment_missing_default"),
    SEGMENT_NOT_FOUND(400, "segment_not_found"),
    EXPERIMENT_ACTIVE_LIMIT_EXCEEDED(400, "experiment_active_limit_exceeded"),

    // HTTP layer only.
    UNAUTHORIZED(401, "invalid_token"),
    INSUFFICIENT_SCOPE(403, "insufficient_scope"),
    NOT_FOUND(404, "not_found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed"),
    NOT_ACCEPTABLE(406, "not_acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload_too_large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
    TOO_MANY_REQUESTS(429, "too_many_requests"),
    INTERNAL_ERROR(500, "internal_error");

    private final int httpStatus;
    private final String wire;

    ErrorCode(int httpStatus, String wire) {
        this.httpStatus = httpStatus;
        this.wire = wire;
    }

    /** The {@code errorCode} string of the error body. */
    public String wire() {
        return wire;
    }

    /** The default HTTP status for this code. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The HTTP reason phrase for a status, for the {@code error} field of the error body. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
