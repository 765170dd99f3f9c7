package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request body schema (OpenAPI 3.0, or 3.1's type lists) seen through what form typing asks of
 * it: the types, the schema of a property or of array items, the {@code oneOf}/{@code anyOf}
 * branches. {@code allOf} parts are read together; {@code $ref}s resolve as JSON pointers into the
 * tree the converter was given, so a schema carries the components it refers to.
 */
final class SchemaView {
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();
    /** No constraint at all: a free-form value, or a property of an open object. */
    static final SchemaView FREE = new SchemaView(List.of(EMPTY), EMPTY, true);

    private final List<JsonNode> parts;
    private final JsonNode root;
    private final boolean branchChosen;

    private SchemaView(List<JsonNode> parts, JsonNode root, boolean branchChosen) {
        this.parts = parts;
        this.root = root;
        this.branchChosen = branchChosen;
    }

    /** The view of a whole schema tree, its own root for {@code $ref}s; {@link #FREE} for null. */
    static SchemaView of(JsonNode schema) {
        return schema == null ? FREE : new SchemaView(flatten(schema, schema), schema, false);
    }

    boolean isFree() {
        return types().isEmpty() && alternatives().isEmpty();
    }

    /** The declared types in order; else {@code object} or {@code array} when properties or items say so. */
    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode part : parts) {
            JsonNode type = part.get("type");
            if (type != null && type.isTextual()) {
                types.add(type.asText());
            } else if (type != null && type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            }
            if (!types.isEmpty()) {
                return types;
            }
        }
        for (JsonNode part : parts) {
            if (part.has("properties") || part.path("additionalProperties").isObject()) {
                types.add("object");
            }
            if (part.has("items")) {
                types.add("array");
            }
        }
        return types;
    }

    /** {@code nullable: true}, or {@code null} among 3.1's types. */
    boolean nullable() {
        return parts.stream().anyMatch(part -> part.path("nullable").asBoolean(false)) || types().contains("null");
    }

    /** Whether every {@code enum} of the schema lists the text. */
    boolean allows(String text) {
        for (JsonNode part : parts) {
            JsonNode values = part.get("enum");
            if (values != null && values.isArray() && !contains(values, text)) {
                return false;
            }
        }
        return true;
    }

    /** The schema of a property; {@link #FREE} in an open object, null where the schema forbids it. */
    SchemaView property(String name) {
        for (JsonNode part : parts) {
            JsonNode property = part.path("properties").get(name);
            if (property != null) {
                return view(property);
            }
        }
        for (JsonNode part : parts) {
            JsonNode additional = part.get("additionalProperties");
            if (additional != null && additional.isObject()) {
                return view(additional);
            }
            if (additional != null && additional.isBoolean()) {
                return additional.asBoolean() ? FREE : null;
            }
        }
        return FREE;
    }

    /** The schema of array items. */
    SchemaView items() {
        for (JsonNode part : parts) {
            if (part.has("items")) {
                return view(part.get("items"));
            }
        }
        return FREE;
    }

    /**
     * The {@code oneOf}/{@code anyOf} branches, each read together with the rest of this schema (a
     * common shape is shared properties beside branches that only differ in what they require).
     */
    List<SchemaView> alternatives() {
        if (branchChosen) {
            return List.of();
        }
        List<SchemaView> branches = new ArrayList<>();
        for (JsonNode part : parts) {
            for (String keyword : List.of("oneOf", "anyOf")) {
                for (JsonNode branch : part.path(keyword)) {
                    List<JsonNode> combined = new ArrayList<>(parts);
                    combined.addAll(flatten(branch, root));
                    branches.add(new SchemaView(combined, root, true));
                }
            }
        }
        return branches;
    }

    private SchemaView view(JsonNode schema) {
        return new SchemaView(flatten(schema, root), root, false);
    }

    /** The schema and its {@code allOf} parts, each with its {@code $ref}s followed. */
    private static List<JsonNode> flatten(JsonNode schema, JsonNode root) {
        List<JsonNode> parts = new ArrayList<>();
        List<JsonNode> pending = new ArrayList<>(List.of(schema));
        while (!pending.isEmpty() && parts.size() < 64) {
            JsonNode part = resolve(pending.remove(0), root);
            parts.add(part);
            part.path("allOf").forEach(pending::add);
        }
        return parts;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode node = schema;
        // A bound, not a visited set: a $ref cycle without any schema in between is the spec's bug.
        for (int hops = 0; node.has("$ref") && hops < 64; hops++) {
            String ref = node.get("$ref").asText();
            JsonNode target = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
            if (target == null || target.isMissingNode()) {
                return EMPTY; // Not resolvable here: treat as free-form; the binding still checks it.
            }
            node = target;
        }
        return node;
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode value : values) {
            if (value.isTextual() && value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
