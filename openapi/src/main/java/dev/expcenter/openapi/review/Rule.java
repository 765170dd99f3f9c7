package dev.expcenter.openapi.review;

import static dev.expcenter.openapi.review.Rule.Level.ERROR;
import static dev.expcenter.openapi.review.Rule.Level.INFO;
import static dev.expcenter.openapi.review.Rule.Level.WARNING;

import dev.expcenter.openapi.review.SpecChange.Direction;
import java.util.Objects;

/**
 * The rule classes the gate knows, named as oasdiff (the open-source reference) names its rules,
 * {@code request-property-pattern-added}, and judged for each direction apart: what clients send
 * (request) and what they read (response).
 *
 * <p>In an id, {@code {where}} is what the schema belongs to: {@code body} (the whole body),
 * {@code property} (a property in it), {@code parameter} (a parameter's schema), {@code parameter-property}
 * or {@code header} (a response header's schema). {@code {limit}} is {@code min}, {@code max}
 * ({@code minimum}/{@code maximum}, exclusive or not), {@code min-length}, {@code max-length}, {@code min-items},
 * {@code max-items}, {@code min-properties}, {@code max-properties}, {@code multiple-of} or {@code unique-items};
 * {@code {max}} and {@code {min}} are the upper and the lower ones among them.
 *
 * <p>Levels are oasdiff's: {@link Level#ERROR} breaks clients of the released spec (and fails the gate);
 * {@link Level#WARNING} does not, but clients should know (the report says why); {@link Level#INFO} is
 * compatible. The last argument says where oasdiff differs: its level, or that it has no such rule.
 */
enum Rule {
    // Operations, as clients call them
    ENDPOINT_ADDED("endpoint-added", INFO, null, null, ""),
    ENDPOINT_REMOVED("api-removed-without-deprecation", ERROR, null, null, ""),
    DEPRECATED_ENDPOINT_REMOVED("api-removed-with-deprecation", ERROR, null, null, "INFO"),
    ENDPOINT_DEPRECATED("endpoint-deprecated", INFO, null, null, ""),
    OPERATION_ID_CHANGED("api-operation-id-updated", INFO, null, null, "api-operation-id-added, -removed"),
    SECURITY_SCOPE_ADDED("api-security-scope-added", ERROR, null, null, "INFO"),
    SECURITY_SCOPE_REMOVED("api-security-scope-removed", INFO, null, null, ""),
    SECURITY_SCHEMES_CHANGED("api-security-schemes-changed", INFO, null, null, "api-security-added, -removed"),
    UNCLASSIFIED("unclassified-incompatible-change", ERROR, null, null, "no such rule"),
    // Parameters
    NEW_REQUIRED_PARAMETER("new-required-request-parameter", ERROR, null, null, ""),
    NEW_OPTIONAL_PARAMETER("new-optional-request-parameter", INFO, null, null, ""),
    PARAMETER_REMOVED("request-parameter-removed", ERROR, null, null, "WARN"),
    PATH_PARAMETER_RENAMED("request-path-parameter-renamed", INFO, null, null, "no rule: the endpoints match"),
    PARAMETER_BECAME_REQUIRED("request-parameter-became-required", ERROR, null, null, ""),
    PARAMETER_BECAME_OPTIONAL("request-parameter-became-optional", INFO, null, null, ""),
    PARAMETER_SERIALIZATION_CHANGED("request-parameter-serialization-changed", ERROR, null, null, "no such rule"),
    // Request bodies
    REQUEST_BODY_ADDED_REQUIRED("request-body-added-required", ERROR, null, null, ""),
    REQUEST_BODY_ADDED_OPTIONAL("request-body-added-optional", INFO, null, null, ""),
    REQUEST_BODY_REMOVED("request-body-removed", ERROR, null, null, ""),
    REQUEST_BODY_BECAME_REQUIRED("request-body-became-required", ERROR, null, null, ""),
    REQUEST_BODY_BECAME_OPTIONAL("request-body-became-optional", INFO, null, null, ""),
    MEDIA_TYPE_ADDED("request-body-media-type-added", INFO, "response-media-type-added", INFO, ""),
    MEDIA_TYPE_REMOVED("request-body-media-type-removed", ERROR, "response-media-type-removed", ERROR, ""),
    // Responses
    SUCCESS_STATUS_ADDED(null, null, "response-success-status-added", INFO, ""),
    NON_SUCCESS_STATUS_ADDED(null, null, "response-non-success-status-added", INFO, ""),
    SUCCESS_STATUS_REMOVED(null, null, "response-success-status-removed", ERROR, ""),
    NON_SUCCESS_STATUS_REMOVED(null, null, "response-non-success-status-removed", ERROR, "INFO"),
    HEADER_ADDED(null, null, "response-header-added", INFO, ""),
    REQUIRED_HEADER_REMOVED(null, null, "required-response-header-removed", ERROR, ""),
    OPTIONAL_HEADER_REMOVED(null, null, "optional-response-header-removed", ERROR, "WARN"),
    HEADER_BECAME_OPTIONAL(null, null, "response-header-became-optional", ERROR, ""),
    HEADER_BECAME_REQUIRED(null, null, "response-header-became-required", INFO, "no such rule"),
    // Schemas: structure and type
    SCHEMA_REMOVED("request-{where}-schema-removed", ERROR, "response-{where}-schema-removed", ERROR,
            "request: INFO, response: WARN"),
    TYPE_CHANGED("request-{where}-type-changed", ERROR, "response-{where}-type-changed", ERROR, ""),
    FORMAT_ADDED("request-{where}-format-added", ERROR, "response-{where}-format-added", INFO, "response: ERR (a type change)"),
    FORMAT_REMOVED("request-{where}-format-removed", INFO, "response-{where}-format-removed", ERROR,
            "request: ERR (a type change)"),
    FORMAT_CHANGED("request-{where}-format-changed", ERROR, "response-{where}-format-changed", ERROR, "a type change"),
    ONE_OF_ADDED("request-{where}-one-of-added", INFO, "response-{where}-one-of-added", ERROR, ""),
    ONE_OF_REMOVED("request-{where}-one-of-removed", ERROR, "response-{where}-one-of-removed", INFO, ""),
    ANY_OF_ADDED("request-{where}-any-of-added", INFO, "response-{where}-any-of-added", ERROR, "response: INFO"),
    ANY_OF_REMOVED("request-{where}-any-of-removed", ERROR, "response-{where}-any-of-removed", INFO, ""),
    // Schemas: existence and requiredness of properties
    PROPERTY_ADDED("new-optional-request-{where}", INFO, "response-optional-{where}-added", INFO, ""),
    REQUIRED_PROPERTY_ADDED("new-required-request-{where}", ERROR, "response-required-{where}-added", INFO, ""),
    PROPERTY_REMOVED("request-{where}-removed", INFO, "response-optional-{where}-removed", ERROR,
            "request: WARN, response: WARN"),
    CLOSED_PROPERTY_REMOVED("request-{where}-removed-from-closed-schema", ERROR, null, null, "WARN (request-property-removed)"),
    REQUIRED_PROPERTY_REMOVED(null, null, "response-required-{where}-removed", ERROR, ""),
    BECAME_REQUIRED("request-{where}-became-required", ERROR, "response-{where}-became-required", INFO, ""),
    BECAME_OPTIONAL("request-{where}-became-optional", INFO, "response-{where}-became-optional", ERROR, ""),
    // Schemas: values
    ENUM_VALUE_ADDED("request-{where}-enum-value-added", INFO, "response-{where}-enum-value-added", WARNING, ""),
    ENUM_VALUE_REMOVED("request-{where}-enum-value-removed", ERROR, "response-{where}-enum-value-removed", ERROR,
            "response: INFO"),
    BECAME_ENUM("request-{where}-became-enum", ERROR, "response-{where}-became-enum", INFO, "response: no such rule"),
    BECAME_NOT_ENUM("request-{where}-became-not-enum", INFO, "response-{where}-became-not-enum", ERROR, "no such rule"),
    DEFAULT_ADDED("request-{where}-default-value-added", ERROR, "response-{where}-default-value-added", WARNING,
            "request property: INFO, response: INFO"),
    DEFAULT_CHANGED("request-{where}-default-value-changed", ERROR, "response-{where}-default-value-changed", WARNING,
            "request property: INFO, response: INFO"),
    DEFAULT_REMOVED("request-{where}-default-value-removed", ERROR, "response-{where}-default-value-removed", WARNING,
            "request property: INFO, response: INFO"),
    // Schemas: constraints
    PATTERN_ADDED("request-{where}-pattern-added", ERROR, "response-{where}-pattern-added", INFO, ""),
    PATTERN_CHANGED("request-{where}-pattern-changed", ERROR, "response-{where}-pattern-changed", ERROR,
            "request: WARN, response: INFO"),
    PATTERN_REMOVED("request-{where}-pattern-removed", INFO, "response-{where}-pattern-removed", ERROR, "response: INFO"),
    LIMIT_SET("request-{where}-{limit}-set", ERROR, "response-{where}-{limit}-set", INFO,
            "request: WARN (some limits), response: no such rule"),
    LIMIT_UNSET("request-{where}-{limit}-unset", INFO, "response-{where}-{limit}-unset", ERROR, "request: no such rule"),
    MAX_INCREASED("request-{where}-{max}-increased", INFO, "response-{where}-{max}-increased", ERROR, ""),
    MAX_DECREASED("request-{where}-{max}-decreased", ERROR, "response-{where}-{max}-decreased", INFO, "response: no such rule"),
    MIN_INCREASED("request-{where}-{min}-increased", ERROR, "response-{where}-{min}-increased", INFO, "response: no such rule"),
    MIN_DECREASED("request-{where}-{min}-decreased", INFO, "response-{where}-{min}-decreased", ERROR, ""),
    MULTIPLE_OF_CHANGED("request-{where}-multiple-of-changed", ERROR, "response-{where}-multiple-of-changed", ERROR,
            "no such rule"),
    // Schemas: mutability and nullability
    BECAME_NULLABLE("request-{where}-became-nullable", INFO, "response-{where}-became-nullable", ERROR, ""),
    BECAME_NOT_NULLABLE("request-{where}-became-not-nullable", ERROR, "response-{where}-became-not-nullable", INFO, ""),
    BECAME_READ_ONLY("request-{where}-became-read-only", ERROR, "response-{where}-became-read-only", INFO,
            "request: INFO; ids split optional/required"),
    BECAME_NOT_READ_ONLY("request-{where}-became-not-read-only", INFO, "response-{where}-became-not-read-only", INFO,
            "ids split optional/required"),
    REQUIRED_BECAME_NOT_READ_ONLY("request-required-{where}-became-not-read-only", ERROR, null, null, "INFO"),
    BECAME_WRITE_ONLY("request-{where}-became-write-only", INFO, "response-{where}-became-write-only", ERROR,
            "response: INFO; ids split optional/required"),
    BECAME_NOT_WRITE_ONLY("request-{where}-became-not-write-only", INFO, "response-{where}-became-not-write-only", INFO,
            "response: WARN if required; ids split");

    /** oasdiff's levels. */
    enum Level { ERROR, WARNING, INFO }

    private final String requestId;
    private final Level request;
    private final String responseId;
    private final Level response;
    private final String oasdiff;

    Rule(String requestId, Level request, String responseId, Level response, String oasdiff) {
        this.requestId = requestId;
        this.request = request;
        this.responseId = responseId;
        this.response = response;
        this.oasdiff = oasdiff;
    }

    boolean applies(Direction d) {
        return (d == Direction.REQUEST ? request : response) != null;
    }

    Level level(Direction d) {
        return Objects.requireNonNull(d == Direction.REQUEST ? request : response, () -> this + " has no " + d + " rule");
    }

    /** The id template, with {@code {where}}, {@code {limit}}, {@code {max}} or {@code {min}} left in. */
    String template(Direction d) {
        level(d);
        return d == Direction.REQUEST ? requestId : responseId;
    }

    /** The id of a finding: {@code where} and {@code limit} filled in (either may be null when the template has none). */
    String id(Direction d, String where, String limit) {
        String id = template(d);
        if (where != null) {
            id = id.replace("{where}", where);
        }
        if (limit != null) {
            id = id.replace("{limit}", limit).replace("{max}", limit).replace("{min}", limit);
        }
        if (id.contains("{")) {
            throw new IllegalArgumentException(this + ": " + id + " needs a where or a limit");
        }
        return id;
    }

    /** oasdiff's level where it differs from ours (request / response), or what oasdiff has instead; empty when equal. */
    String oasdiff() {
        return oasdiff;
    }
}
