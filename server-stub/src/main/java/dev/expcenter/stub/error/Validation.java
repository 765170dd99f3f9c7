package dev.expcenter.stub.error;

import dev.expcenter.engine.Constraint;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;

/**
 * The one wording of a validation error, whoever finds it (the engine, the stub's bean validation and
 * JSON reading, the mock's schema check): {@code Payload validation error: '<what>' on property <a.b[0].c>}
 * for a body, {@code Query validation error: ...}, {@code Path validation error: ...} and
 * {@code Header validation error: '<what>' on header <name>} for the other parts of a request.
 *
 * <p>{@link #what} words a broken schema keyword the way Auth0's Management API does: its payload
 * validator is z-schema, whose texts these are ({@code String is too short (2 chars), minimum 3}; the
 * spec's examples of {@code invalid_body} are in these words). z-schema's own enum text names no allowed
 * value; this project's {@code Invalid value X, allowed: a, b} is the spec's own example of a bad enum
 * (the two status operations' 400 examples), so every finder says that.
 */
public final class Validation {
    /** The part of a request a validation error is in: its errorCode and the words of its message. */
    public enum Part {
        BODY(ApiError.INVALID_BODY, ApiError.INVALID_BODY.template(), "property"),
        QUERY(ApiError.INVALID_QUERY_STRING, ApiError.INVALID_QUERY_STRING.template(), "property"),
        // invalid_uri's own message is for a URI that cannot be decoded at all; a bad path value says this.
        PATH(ApiError.INVALID_URI, "Path validation error: '{what}'", "property"),
        HEADER(ApiError.INVALID_HEADERS, ApiError.INVALID_HEADERS.template(), "header");

        private final ApiError error;
        private final String template;
        private final String where;

        Part(ApiError error, String template, String where) {
            this.error = error;
            this.template = template;
            this.where = where;
        }

        /** The code answered. */
        public ApiError error() {
            return error;
        }
    }

    private Validation() {
    }

    /** The message: {@code <Part> validation error: '<what>'}, then {@code on property <property>} unless empty. */
    public static String message(Part part, String what, String property) {
        return Templates.fill(part.template, "what", what)
                + (property == null || property.isEmpty() ? "" : " on " + part.where + " " + property);
    }

    /** The 400 answer of the part's code with {@link #message}. */
    public static Response response(Part part, String what, String property) {
        return ErrorResponses.of(part.error, message(part, what, property));
    }

    /**
     * What a value that breaks {@code constraint} is told. {@code value} is the value (for the length and
     * size keywords: the value or its measured size); {@code bound} the keyword's value in the schema (the
     * limit, the allowed values, the pattern, the expected type, or the property's name for
     * {@link Constraint#REQUIRED} and {@link Constraint#ADDITIONAL_PROPERTIES}); {@link Constraint#TYPE}
     * takes the found type's name as {@code value}.
     */
    public static String what(Constraint constraint, Object value, Object bound) {
        String v = Templates.text(value);
        String b = Templates.text(bound);
        return switch (constraint) {
            case REQUIRED -> "Missing required property: " + b;
            case ADDITIONAL_PROPERTIES -> "Additional properties not allowed: " + b;
            case TYPE -> "Expected type " + b + " but found type " + v;
            case ENUM -> "Invalid value " + v + ", allowed: " + b;
            case MINIMUM -> "Value " + v + " is less than minimum " + b;
            case MAXIMUM -> "Value " + v + " is greater than maximum " + b;
            case MIN_LENGTH -> "String is too short (" + size(value) + " chars), minimum " + b;
            case MAX_LENGTH -> "String is too long (" + size(value) + " chars), maximum " + b;
            case MIN_ITEMS -> "Array is too short (" + size(value) + "), minimum " + b;
            case MAX_ITEMS -> "Array is too long (" + size(value) + "), maximum " + b;
            case MIN_PROPERTIES -> "Too few properties defined (" + size(value) + "), minimum " + b;
            case MAX_PROPERTIES -> "Too many properties defined (" + size(value) + "), maximum " + b;
            case PATTERN -> "String does not match pattern " + b + ": " + v;
            case UNIQUE_ITEMS -> "Array items are not unique";
            case ONE_OF -> "Data does not match any schemas from 'oneOf'";
            case FORMAT -> "Object didn't pass validation for format " + b + ": " + v;
            case KNOWN_ID -> "No item with id " + v;
            case JSON -> "Invalid JSON";
        };
    }

    /** A string's length in characters (code points), a collection's or object's size, or a size given as is. */
    private static Object size(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString().codePointCount(0, text.length());
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return Templates.text(value);
    }
}
