package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.expcenter.engine.Constraint;
import dev.expcenter.stub.error.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON-schema problem: what is wrong ({@code Missing required property: name}), worded by the
 * catalogue's {@link Validation#what} from the keyword that failed, and the dotted property it is on
 * ({@code allocations[0].weight}).
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
            case "required" -> new SchemaProblem(words(Constraint.REQUIRED, null, error.getProperty()),
                    join(at, error.getProperty()));
            case "additionalProperties" -> new SchemaProblem(words(Constraint.ADDITIONAL_PROPERTIES, null,
                    error.getProperty()), join(at, error.getProperty()));
            case "enum" -> new SchemaProblem(words(Constraint.ENUM, value(instance), value(bound)), at);
            case "type" -> new SchemaProblem(words(Constraint.TYPE, JsonTypeNames.of(instance), expectedType(error)), at);
            case "minLength" -> new SchemaProblem(words(Constraint.MIN_LENGTH, value(instance), value(bound)), at);
            case "maxLength" -> new SchemaProblem(words(Constraint.MAX_LENGTH, value(instance), value(bound)), at);
            case "pattern" -> new SchemaProblem(words(Constraint.PATTERN, value(instance), value(bound)), at);
            case "minimum" -> new SchemaProblem(words(Constraint.MINIMUM, value(instance), value(bound)), at);
            case "maximum" -> new SchemaProblem(words(Constraint.MAXIMUM, value(instance), value(bound)), at);
            case "minItems" -> new SchemaProblem(words(Constraint.MIN_ITEMS, size(instance), value(bound)), at);
            case "maxItems" -> new SchemaProblem(words(Constraint.MAX_ITEMS, size(instance), value(bound)), at);
            case "minProperties" -> new SchemaProblem(words(Constraint.MIN_PROPERTIES, size(instance), value(bound)), at);
            case "maxProperties" -> new SchemaProblem(words(Constraint.MAX_PROPERTIES, size(instance), value(bound)), at);
            case "uniqueItems" -> new SchemaProblem(words(Constraint.UNIQUE_ITEMS, null, null), at);
            case "oneOf" -> new SchemaProblem(words(Constraint.ONE_OF, null, null), at);
            case "format" -> new SchemaProblem(words(Constraint.FORMAT, value(instance), value(bound)), at);
            default -> new SchemaProblem(stripLocation(error.getMessage()), at);
        };
    }

    private static String words(Constraint constraint, Object value, Object bound) {
        return Validation.what(constraint, value, bound);
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

    /** A JSON value as the catalogue words it: a number as a number, text as text, an array as its items. */
    private static Object value(JsonNode node) {
        if (node == null) {
            return "null";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.numberValue() : node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static int size(JsonNode node) {
        return node == null ? 0 : node.size();
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
