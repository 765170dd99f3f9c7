package dev.expcenter.engine;

/**
 * Placeholder: the engine branch owns this enum and its version wins at merge.
 * Only the infrastructure codes the server stub needs are listed here.
 */
public enum ErrorCode {
    INVALID_BODY("invalid_body", 400),
    INVALID_URI("invalid_uri", 400),
    INVALID_QUERY_STRING("invalid_query_string", 400),
    UNAUTHORIZED("invalid_token", 401),
    INSUFFICIENT_SCOPE("insufficient_scope", 403),
    NOT_FOUND("not_found", 404),
    METHOD_NOT_ALLOWED("method_not_allowed", 405),
    NOT_ACCEPTABLE("not_acceptable", 406),
    PAYLOAD_TOO_LARGE("payload_too_large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
    TOO_MANY_REQUESTS("too_many_requests", 429),
    INTERNAL_ERROR("internal_error", 500);

    private final String wire;
    private final int httpStatus;

    ErrorCode(String wire, int httpStatus) {
        this.wire = wire;
        this.httpStatus = httpStatus;
    }

    /** The snake_case {@code errorCode} of the error body. */
    public String wire() {
        return wire;
    }

    /** The HTTP status this code is answered with. */
    public int httpStatus() {
        return httpStatus;
    }
}
