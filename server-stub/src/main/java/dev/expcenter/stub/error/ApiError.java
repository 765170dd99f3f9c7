package dev.expcenter.stub.error;

import dev.expcenter.engine.ErrorCode;

/**
 * The error catalogue: every {@code errorCode} the stub and the mock answer with, once, with its HTTP
 * status and its message. The engine's codes ({@link ErrorCode}) are here under the same names with
 * Auth0's message for them (its document and the behaviour decisions; pinned by the mock's
 * {@code DecisionsTableTest} and the spec's examples); {@link EngineMessages} words the variants a rule's
 * detail needs. The validation codes' messages are assembled by {@link Validation}; the template of a
 * code whose message always names something ({@code {name}}) is filled by {@link Templates}.
 */
public enum ApiError {
    INVALID_BODY(400, "invalid_body", "Payload validation error: '{what}'"),
    INVALID_QUERY_STRING(400, "invalid_query_string", "Query validation error: '{what}'"),
    INVALID_URI(400, "invalid_uri", "The request URI cannot be decoded"),
    /** A request header the spec declares, or the mock's session header, with a value it does not allow. */
    INVALID_HEADERS(400, "invalid_headers", "Header validation error: '{what}'"),
    /** A {@code Prefer} header the mock cannot honour. */
    INVALID_PREFER_HEADER(400, "invalid_prefer_header", "Invalid Prefer header"),
    /** A provider state the mock's catalogue does not know. */
    UNKNOWN_PROVIDER_STATE(400, "unknown_provider_state", "Unknown provider state"),
    /** A 4xx the HTTP codec answers that has no code of its own. */
    BAD_REQUEST(400, "bad_request", "Bad Request"),

    INEXISTENT_EXPERIMENT(404, "inexistent_experiment", "Experiment not found."),
    INEXISTENT_FEATURE_FLAG(404, "inexistent_feature_flag", "Feature flag not found."),
    INEXISTENT_VARIATION(404, "inexistent_variation", "Variation not found."),
    INEXISTENT_SEGMENT(404, "inexistent_segment", "Segment not found."),

    EXPERIMENT_EXISTS(409, "experiment_exists", "An experiment with this name already exists."),
    FEATURE_FLAG_EXISTS(409, "feature_flag_exists", "A feature flag with this name already exists."),
    SEGMENT_EXISTS(409, "segment_exists", "A segment with this name already exists."),
    VARIATION_EXISTS(409, "variation_exists", "A variation with this name already exists on this feature flag."),
    EXPERIMENT_NOT_EDITABLE(409, "experiment_not_editable", "Experiment {experiment} is {status} and can no longer be modified"),
    FEATURE_FLAG_IN_USE(409, "feature_flag_in_use",
            "Feature flag is in use by one or more non-archived experiments and cannot be deleted."),
    VARIATION_IN_USE(409, "variation_in_use",
            "Variation is in use by one or more non-archived allocations and cannot be deleted."),
    SEGMENT_IN_USE(409, "segment_in_use", "Segment is in use by one or more non-archived experiment allocations."),

    FEATURE_FLAG_NOT_MODIFIABLE(403, "feature_flag_not_modifiable", "Feature flag cannot be modified."),
    SEGMENT_NOT_MODIFIABLE(403, "segment_not_modifiable", "Segment cannot be modified."),

    INVALID_STATUS_TRANSITION(400, "invalid_status_transition", "Status transition is not allowed."),
    EXPERIMENT_ACTIVE(400, "experiment_active",
            "Active experiments cannot be deleted. Pause or complete the experiment first."),
    EXPERIMENT_REQUIRES_PAUSE(400, "experiment_requires_pause",
            "Allocations cannot be modified while the experiment is active."),
    EXPERIMENT_TOO_MANY_ALLOCATIONS(400, "experiment_too_many_allocations", "Experiments may have at most {max} allocations."),
    FEATURE_FLAG_ARCHIVED(400, "feature_flag_archived", "Feature flag {flag} is archived; new experiments cannot use it"),
    FEATURE_FLAG_INSUFFICIENT_VARIATIONS(400, "feature_flag_insufficient_variations",
            "Feature flag must have at least {min} variations to be activated. It has {count}."),
    FEATURE_FLAG_LAST_VARIATION(400, "feature_flag_last_variation",
            "Feature flag must have at least one variation. Cannot delete the last variation."),
    FEATURE_FLAG_VARIATION_LIMIT(400, "feature_flag_variation_limit",
            "Feature flag variation limit exceeded. A feature flag has at most {max} variations."),

    FEATURE_FLAG_NOT_ACTIVE(400, "feature_flag_not_active", "Feature flag {flag} is in {status} status; must be active"),
    VARIATION_NOT_FROM_FLAG(400, "variation_not_from_flag", "Variation does not belong to the referenced feature flag."),
    EXPERIMENT_MISSING_CONTROL(400, "experiment_missing_control",
            "Exactly one allocation must have is_control true; found {found}"),
    EXPERIMENT_INVALID_ALLOCATION_WEIGHTS(400, "experiment_invalid_allocation_weights",
            "Allocation weights must sum to 100; found {sum}"),
    EXPERIMENT_MISSING_DEFAULT(400, "experiment_missing_default",
            "Exactly one allocation must have is_fallback true; found {found}"),
    SEGMENT_NOT_FOUND(400, "segment_not_found", "Segment not found."),
    EXPERIMENT_ACTIVE_LIMIT_EXCEEDED(400, "experiment_active_limit_exceeded",
            "Experiment {experiment} is already active; only one experiment may be active per tenant"),

    UNAUTHORIZED(401, "invalid_token", "Invalid token."),
    INSUFFICIENT_SCOPE(403, "insufficient_scope", "Insufficient scope; expected any of: {scopes}."),
    NOT_FOUND(404, "not_found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "{method} is not allowed on this path"),
    NOT_ACCEPTABLE(406, "not_acceptable", "This operation only produces application/json"),
    PAYLOAD_TOO_LARGE(413, "payload_too_large", "Payload too large: the limit is {limit} bytes"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Unsupported Media Type"),
    /** Auth0's 429 message, as its document gives it. */
    TOO_MANY_REQUESTS(429, "too_many_requests",
            "Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers."),
    HEADER_TOO_LARGE(431, "header_too_large", "Header {header} is longer than {limit} bytes"),
    INTERNAL_ERROR(500, "internal_error", "Internal error"),
    /** The mock answered something its spec does not allow (strict mode). */
    SPEC_VIOLATION(500, "spec_violation", "The response breaks the spec"),
    /** The state file did not commit a write, which was therefore undone (stub and mock with --state-file). */
    STATE_NOT_SAVED(503, "state_not_saved", "The write could not be saved to the state file, so nothing changed");

    private final int status;
    private final String wire;
    private final String template;

    ApiError(int status, String wire, String template) {
        this.status = status;
        this.wire = wire;
        this.template = template;
    }

    /** The HTTP status answered. */
    public int status() {
        return status;
    }

    /** The {@code errorCode} string of the error body. */
    public String wire() {
        return wire;
    }

    /** The message, with {@code {name}} placeholders where it names something (see {@link Templates}). */
    public String template() {
        return template;
    }

    /** The message filled from alternating names and values: {@code message("max", 20)}. */
    public String message(Object... namesAndValues) {
        return Templates.fill(template, namesAndValues);
    }

    /** The catalogue's entry of an engine code (same name). */
    public static ApiError of(ErrorCode code) {
        return valueOf(code.name());
    }

    /** The code the HTTP layer answers a bare status with (no more specific code known), or null. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_ERROR;
            default -> null;
        };
    }
}
