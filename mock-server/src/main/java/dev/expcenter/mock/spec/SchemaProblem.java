package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON-schema problem in Auth0's words: what is wrong ({@code Missing required property: name})
 * and the dotted property it is on ({@code allocations[0].weight}). Auth0's Management API words
 * payload errors the way its schema validator (z-schema) does; {@code enum} keeps this project's
 * {@code Invalid value X, allowed: a, b} (the wording of the spec's own examples).
 *
 * @param what the problem, without the property
 * @param property where it is, empty for the document itself
 */
record SchemaProblem(String what, String property) {

    /** The problem a networknt error describes. */
    static SchemaProblem of(Error error) {
        String at = property(error.getInstanceLocation());
        JsonNode instance = error.getInstanceNode();
        JsonNode bound = keywordValue(error);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "required" -> new SchemaProblem("Missing required property: " + error.getProperty(),
                    join(at, error.getProperty()));
            case "additionalProperties" -> new SchemaProblem("Additional properties not allowed: " + error.getProperty(),
                    join(at, error.getProperty()));
            case "enum" -> new SchemaProblem("Invalid value " + text(instance) + ", allowed: " + list(bound), at);
            case "type" -> new SchemaProblem("Expected type " + expectedType(error) + " but found type "
                    + JsonTypeNames.of(instance), at);
            case "minLength" -> new SchemaProblem("String is too short (" + length(instance) + " chars), minimum "
                    + text(bound), at);
            case "maxLength" -> new SchemaProblem("String is too long (" + length(instance) + " chars), maximum "
                    + text(bound), at);
            case "pattern" -> new SchemaProblem("String does not match pattern " + text(bound) + ": " + text(instance), at);
            case "minimum" -> new SchemaProblem("Value " + text(instance) + " is less than minimum " + text(bound), at);
            case "maximum" -> new SchemaProblem("Value " + text(instance) + " is greater than maximum " + text(bound), at);
            case "minItems" -> new SchemaProblem("Array is too short (" + size(instance) + "), minimum " + text(bound), at);
            case "maxItems" -> new SchemaProblem("Array is too long (" + size(instance) + "), maximum " + text(bound), at);
            case "minProperties" -> new SchemaProblem("Too few properties defined (" + size(instance) + "), minimum "
                    + text(bound), at);
            case "maxProperties" -> new SchemaProblem("Too many properties defined (" + size(instance) + "), maximum "
                    + text(bound), at);
            case "uniqueItems" -> new SchemaProblem("Array items are not unique", at);
            case "oneOf" -> new SchemaProblem("Data does not match any schemas from 'oneOf'", at);
            case "format" -> new SchemaProblem("Object didn't pass validation for format " + text(bound) + ": "
                    + text(instance), at);
            default -> new SchemaProblem(stripLocation(error.getMessage()), at);
        };
    }

    /** {@code Payload validation error: '<what>' on property <property>}-style text without the prefix. */
    String describe() {
        return property.isEmpty() ? what : what + " on property " + property;
    }

    /** {@code /allocations/0/weight} (as a networknt path) becomes {@code allocations[0].weight}. */
    static String property(NodePath path) {
        StringBuilder text = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else if (element != null) {
                text.append(text.length() == 0 ? "" : ".").append(element);
            }
        }
        return text.toString();
    }

    private static String join(String parent, String child) {
        if (child == null || child.isEmpty()) {
            return parent;
        }
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /** The value of the failing keyword in its schema, e.g. {@code 50} for {@code maximum: 50}. */
    private static JsonNode keywordValue(Error error) {
        JsonNode schema = error.getSchemaNode();
        if (schema == null || error.getKeyword() == null) {
            return null;
        }
        return schema.has(error.getKeyword()) ? schema.get(error.getKeyword()) : schema;
    }

    private static String expectedType(Error error) {
        JsonNode type = keywordValue(error);
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > 1 ? String.valueOf(arguments[1]) : "unknown";
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "null";
        }
        if (node.isValueNode()) {
            if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
                return node.decimalValue().stripTrailingZeros().toPlainString();
            }
            return node.isNumber() ? node.numberValue().toString() : node.asText();
        }
        return node.toString();
    }

    private static int size(JsonNode node) {
        return node == null ? 0 : node.size();
    }

    private static int length(JsonNode node) {
        return node == null ? 0 : node.asText().codePointCount(0, node.asText().length());
    }

    private static String list(JsonNode values) {
        if (values == null || !values.isArray()) {
            return text(values);
        }
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(text(value)));
        return String.join(", ", names);
    }

    /** networknt prefixes some messages with the instance location ({@code $.name: ...}); drop it. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "Invalid value";
        }
        return message.replaceFirst("^\\$[^:]*: ", "");
    }

    /** JSON type names the way schema validators report them. */
    private static final class JsonTypeNames {
        private JsonTypeNames() {
        }

        static String of(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return "null";
            }
            if (node.isIntegralNumber()) {
                return "integer";
            }
            if (node.isNumber()) {
                return "number";
            }
            if (node.isBoolean()) {
                return "boolean";
            }
            if (node.isTextual()) {
                return "string";
            }
            return node.isArray() ? "array" : "object";
        }
    }
}
