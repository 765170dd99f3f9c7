package dev.expcenter.openapi.review;

import java.util.Locale;
import java.util.Objects;

/**
 * One difference between the released spec and the working spec, with our verdict on it and what a
 * consumer pact must contain to be affected by it.
 *
 * @param verdict  whether clients written against the released spec keep working
 * @param rule     the {@link Rule}'s id, in oasdiff's style ({@code response-property-pattern-removed})
 * @param direction whether the change is in what clients send (request) or in what they read (response)
 * @param warning  a compatible change clients should know about (oasdiff's WARN level); the summary says why
 * @param category what kind of thing changed (operation, parameter, property, enum value, ...)
 * @param method   HTTP method of the affected operation, upper case
 * @param path     path template of the affected operation
 * @param operationId operationId of the operation (new spec's, else old spec's), may be null
 * @param status   response code for response changes, else null
 * @param field    the parameter name or the JSON path of the property ({@code experiments[].status}), else null
 * @param value    the enum value for enum changes, else null
 * @param usage    what a pact interaction has to contain to be affected
 * @param summary  a one-line, human readable description
 */
public record SpecChange(
        Verdict verdict,
        String rule,
        Direction direction,
        boolean warning,
        Category category,
        String method,
        String path,
        String operationId,
        String status,
        String field,
        String value,
        Usage usage,
        String summary) {

    /** Whether a change keeps clients of the released spec working. */
    public enum Verdict { BREAKING, COMPATIBLE }

    /** What clients do with what changed: send it (request) or read it (response). */
    public enum Direction {
        REQUEST,
        RESPONSE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What changed. */
    public enum Category {
        OPERATION("Operation"),
        PARAMETER("Parameter"),
        REQUEST_BODY("Request body"),
        REQUEST_PROPERTY("Request property"),
        RESPONSE_CODE("Response code"),
        RESPONSE_PROPERTY("Response property"),
        RESPONSE_HEADER("Response header"),
        ENUM_VALUE("Enum value"),
        TYPE("Type or constraint"),
        SECURITY("Security");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a pact interaction of the operation has to contain to be affected by the change. */
    public enum Usage {
        /** Any interaction of the operation. */
        OPERATION,
        /** Interactions whose response has {@link #status()}. */
        RESPONSE_STATUS,
        /** Interactions sending the query parameter {@link #field()} (with {@link #value()} if set). */
        QUERY_PARAMETER,
        /** Interactions with a request that lacks the query parameter {@link #field()}. */
        QUERY_PARAMETER_ABSENT,
        /** Interactions sending the header {@link #field()}. */
        HEADER_PARAMETER,
        /** Interactions whose request body has {@link #field()} (equal to {@link #value()} if set). */
        REQUEST_FIELD_PRESENT,
        /** Interactions whose request body lacks {@link #field()}: they do not send what is now required. */
        REQUEST_FIELD_ABSENT,
        /** Interactions answered with {@link #status()} whose response body has {@link #field()}. */
        RESPONSE_FIELD_PRESENT,
        /** Nothing a pact can show. */
        NONE
    }

    public SpecChange {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(summary, "summary");
        method = method.toUpperCase(Locale.ROOT);
    }

    public boolean breaking() {
        return verdict == Verdict.BREAKING;
    }

    /** {@code rule `response-optional-property-removed`, response}: the rule and the direction, for the report. */
    public String ruleAndDirection() {
        return "rule `" + rule + "`, " + direction.label();
    }

    /** {@code GET /experimentation/experiments/{id} (getExperiment)}. */
    public String operation() {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }
}
