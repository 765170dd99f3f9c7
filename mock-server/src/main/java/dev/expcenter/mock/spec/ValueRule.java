package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value sent as text, a parameter or a header, and the compiled schema it must meet.
 *
 * @param name the parameter or header name
 * @param required whether it must be sent
 * @param schema its compiled schema, or null when the spec gives none
 * @param type the schema's {@code type}, to read the text as ({@code integer}, {@code array}, ...)
 */
record ValueRule(String name, boolean required, Schema schema, String type) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    /** The rule of a spec parameter or header schema. */
    static ValueRule of(SchemaCompiler compiler, String name, Boolean required,
                        io.swagger.v3.oas.models.media.Schema<?> schema, String where) {
        return new ValueRule(name, Boolean.TRUE.equals(required), compiler.compile(schema, where),
                schema == null ? null : schema.getType());
    }

    /** The first problem of the values sent, read as this rule's type; empty when they conform. */
    Optional<String> check(List<String> values) {
        if (schema == null) {
            return Optional.empty();
        }
        JsonNode node;
        if ("array".equals(type)) {
            ArrayNode array = NODES.arrayNode();
            values.stream().flatMap(v -> Arrays.stream(v.split(",", -1))).forEach(v -> array.add(NODES.textNode(v)));
            node = array;
        } else {
            node = typed(values.get(0), type);
        }
        return SchemaChecks.first(SchemaChecks.validate(schema, node)).map(SchemaProblem::what);
    }

    /** Text as the JSON value of {@code type}; text that is not one stays a string (and fails {@code type}). */
    static JsonNode typed(String text, String type) {
        if (type == null) {
            return NODES.textNode(text);
        }
        try {
            return switch (type) {
                case "integer" -> INTEGER.matcher(text).matches() ? NODES.numberNode(new BigInteger(text)) : NODES.textNode(text);
                case "number" -> NODES.numberNode(new BigDecimal(text));
                case "boolean" -> "true".equals(text) || "false".equals(text)
                        ? NODES.booleanNode(Boolean.parseBoolean(text)) : NODES.textNode(text);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }
}
