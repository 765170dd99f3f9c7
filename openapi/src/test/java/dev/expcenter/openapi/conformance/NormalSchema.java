package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.TreeSet;

/** Brings a resolved 3.0 or 3.1 schema to one form, so that equal constraints compare equal. */
final class NormalSchema {

    /** Boolean keywords whose {@code false} is their default, so {@code false} and absent say the same. */
    private static final List<String> FALSE_BY_DEFAULT = List.of("nullable", "readOnly", "writeOnly", "uniqueItems");

    private NormalSchema() {
    }

    /** The schema with {@code type} a single name or a sorted array, null-ness in {@code nullable}, and 3.1 bounds. */
    static ObjectNode of(ObjectNode resolved) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.setAll(resolved);
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            TreeSet<String> names = new TreeSet<>();
            type.forEach(t -> names.add(t.asText()));
            if (names.remove("null")) {
                schema.put("nullable", true);
            }
            setType(schema, names);
        }
        for (String keyword : FALSE_BY_DEFAULT) {
            if (!schema.path(keyword).asBoolean(false)) {
                schema.remove(keyword);
            }
        }
        exclusiveBound(schema, "exclusiveMinimum", "minimum");
        exclusiveBound(schema, "exclusiveMaximum", "maximum");
        return schema;
    }

    private static void setType(ObjectNode schema, TreeSet<String> names) {
        if (names.isEmpty()) {
            schema.remove("type");
        } else if (names.size() == 1) {
            schema.set("type", TextNode.valueOf(names.first()));
        } else {
            ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
            names.forEach(sorted::add);
            schema.set("type", sorted);
        }
    }

    /** 3.0 writes an exclusive bound as {@code minimum: 0, exclusiveMinimum: true}; 3.1 as {@code exclusiveMinimum: 0}. */
    private static void exclusiveBound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        schema.remove(exclusive);
        if (flag.asBoolean() && schema.has(inclusive)) {
            schema.set(exclusive, schema.remove(inclusive));
        }
    }
}
