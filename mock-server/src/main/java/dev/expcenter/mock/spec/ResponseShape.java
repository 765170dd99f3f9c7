package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the stub's answer for one response becomes the served spec's, for the object and for the items
 * of each of its arrays (a list's entities): extra properties kept with the entity are added where the
 * served spec declares them, required properties nothing carries are filled, and properties the served
 * spec no longer declares are dropped.
 */
record ResponseShape(ObjectShape top, Map<String, ObjectShape> items) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One object's changes.
     *
     * @param stored properties the served spec declares and the packaged one does not: taken from the entity's extras
     * @param fills every property the served spec requires and declares, with the value it gets when absent
     * @param dropped properties the packaged spec declares and the served one does not
     */
    record ObjectShape(Set<String> stored, Map<String, JsonNode> fills, Set<String> dropped) {
        static ObjectShape compare(Schema<?> served, Schema<?> packaged) {
            Set<String> stored = new LinkedHashSet<>(ServedExtras.names(served));
            stored.removeAll(ServedExtras.names(packaged));
            Set<String> dropped = new LinkedHashSet<>(ServedExtras.names(packaged));
            dropped.removeAll(ServedExtras.names(served));
            Set<String> newlyRequired = new LinkedHashSet<>(required(served));
            newlyRequired.removeAll(required(packaged));
            if (stored.isEmpty() && dropped.isEmpty() && newlyRequired.isEmpty()) {
                return null;
            }
            Map<String, JsonNode> fills = new LinkedHashMap<>();
            for (String name : required(served)) {
                // A required property the schema does not declare cannot be filled: nothing says what it holds.
                Schema<?> property = served.getProperties() == null ? null : served.getProperties().get(name);
                if (property != null) {
                    fills.put(name, fill(property));
                }
            }
            return new ObjectShape(Set.copyOf(stored), Map.copyOf(fills), Set.copyOf(dropped));
        }

        void apply(ObjectNode node, Map<String, JsonNode> extras) {
            node.remove(dropped);
            if (extras != null) {
                for (String name : stored) {
                    JsonNode value = extras.get(name);
                    if (value != null) {
                        node.set(name, value.deepCopy());
                    }
                }
            }
            fills.forEach((name, value) -> {
                if (!node.has(name)) {
                    node.set(name, value.deepCopy());
                }
            });
        }
    }

    static ResponseShape compare(Schema<?> served, Schema<?> packaged) {
        ObjectShape top = ObjectShape.compare(served, packaged);
        Map<String, ObjectShape> items = new HashMap<>();
        if (served.getProperties() != null && packaged.getProperties() != null) {
            served.getProperties().forEach((name, property) -> {
                Schema<?> compiled = packaged.getProperties().get(name);
                if (property.getItems() != null && compiled != null && compiled.getItems() != null) {
                    ObjectShape item = ObjectShape.compare(property.getItems(), compiled.getItems());
                    if (item != null) {
                        items.put(name, item);
                    }
                }
            });
        }
        return new ResponseShape(top, Map.copyOf(items));
    }

    boolean isEmpty() {
        return top == null && items.isEmpty();
    }

    /** Changes {@code body} in place; {@code extras} gives an entity's stored extras by its id. */
    void apply(JsonNode body, Function<String, Map<String, JsonNode>> extras) {
        if (!(body instanceof ObjectNode object)) {
            return;
        }
        if (top != null) {
            top.apply(object, extras.apply(object.path("id").asText(null)));
        }
        items.forEach((name, shape) -> object.path(name).forEach(item -> {
            if (item instanceof ObjectNode entity) {
                shape.apply(entity, extras.apply(entity.path("id").asText(null)));
            }
        }));
    }

    /** An answer of {@code schema} with no items: every array empty, every other required property filled. */
    static JsonNode emptyPage(Schema<?> schema) {
        ObjectNode page = NODES.objectNode();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if ("array".equals(property.getType())) {
                    page.set(name, NODES.arrayNode());
                } else if (required(schema).contains(name)) {
                    page.set(name, fill(property));
                }
            });
        }
        return page;
    }

    private static List<String> required(Schema<?> schema) {
        return schema.getRequired() == null ? List.of() : schema.getRequired();
    }

    /** The schema's example, else its default, else its first enum value, else a value of its type. */
    static JsonNode fill(Schema<?> schema) {
        if (schema.getExample() != null) {
            return value(schema.getExample());
        }
        if (schema.getDefault() != null) {
            return value(schema.getDefault());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return value(schema.getEnum().get(0));
        }
        String type = schema.getType() == null ? "string" : schema.getType();
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(schema.getMinimum() == null ? BigDecimal.ZERO : schema.getMinimum());
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "object" -> NODES.objectNode();
            default -> NODES.textNode(text(schema));
        };
    }

    private static String text(Schema<?> schema) {
        if ("date-time".equals(schema.getFormat())) {
            return "1970-01-01T00:00:00Z";
        }
        if ("date".equals(schema.getFormat())) {
            return "1970-01-01";
        }
        int length = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
        return "x".repeat(length);
    }

    /** A parsed example or default as JSON; the parser reads date-time examples as dates. */
    private static JsonNode value(Object value) {
        if (value instanceof OffsetDateTime time) {
            return NODES.textNode(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (value instanceof Date date) {
            return NODES.textNode(date.toInstant().toString());
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        return io.swagger.v3.core.util.Json.mapper().valueToTree(value);
    }
}
