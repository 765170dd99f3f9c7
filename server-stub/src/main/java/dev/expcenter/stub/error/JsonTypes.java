package dev.expcenter.stub.error;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.UUID;

/** JSON Schema type names ("string", "integer", ...) of Java types and JSON tokens, for error messages. */
final class JsonTypes {
    private JsonTypes() {
    }

    static String of(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class || type.isEnum()
                || Temporal.class.isAssignableFrom(type) || type == UUID.class
                || type == java.net.URI.class) {
            return "string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    static String of(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case START_ARRAY, END_ARRAY -> "array";
            case VALUE_NULL -> "null";
            default -> "object";
        };
    }
}
