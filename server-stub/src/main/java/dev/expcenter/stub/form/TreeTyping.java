package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.stub.form.RawNode.Fields;
import dev.expcenter.stub.form.RawNode.Texts;
import dev.expcenter.stub.form.RawTree.Paths;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a {@link RawNode} tree by its schema into the JSON document a JSON client would have sent.
 * Text the schema's type cannot read ({@code weight=abc}) stays a string, so the JSON binding or
 * validation that follows answers exactly what it answers for {@code "weight": "abc"}. Errors here
 * are only those no JSON document can have: gaps in indices, a key repeated for a single value.
 */
final class TreeTyping {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** JSON's number grammar: a form number is what JSON would accept, no more (no {@code +1}, {@code 0x1}, {@code NaN}). */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    /** Reads number text into the node JSON text gives (the mock's JSON reader also keeps decimals exact). */
    private static final ObjectMapper NUMBERS = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> JSON_TYPES = Set.of("string", "number", "integer", "boolean", "array", "object", "null");

    /** Thrown in a branch that the value does not fit; cheap, as it is only ever caught. */
    private static final class NoFit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NoFit INSTANCE = new NoFit();

        private NoFit() {
            super(null, null, false, false);
        }
    }

    private TreeTyping() {
    }

    static JsonNode typed(Fields root, SchemaView schema) {
        return type(root, schema, "", null, false);
    }

    /**
     * {@code hint}: the sibling {@code type} field, which types a free-form value. {@code strict}:
     * trying a {@code oneOf} branch, where a value that does not fit rejects the branch instead of
     * staying text.
     */
    private static JsonNode type(RawNode raw, SchemaView schema, String path, String hint, boolean strict) {
        List<SchemaView> branches = schema.alternatives();
        if (!branches.isEmpty()) {
            for (SchemaView branch : branches) {
                try {
                    return type(raw, branch, path, hint, true);
                } catch (NoFit | FormBodyException doesNotFit) {
                    // Next branch.
                }
            }
            if (strict) {
                throw NoFit.INSTANCE;
            }
            return free(raw, path, hint);
        }
        Set<String> types = schema.types();
        if (types.isEmpty()) {
            return free(raw, path, hint);
        }
        return raw instanceof Texts texts ? texts(texts, schema, types, path, strict)
                : fields((Fields) raw, schema, types, path, hint, strict);
    }

    private static JsonNode texts(Texts texts, SchemaView schema, Set<String> types, String path, boolean strict) {
        List<String> values = texts.values();
        if (values.size() == 1 && values.get(0).isEmpty() && schema.nullable()) {
            return NODES.nullNode(); // The one way a form can send null.
        }
        if (types.contains("array")) {
            // tags=a&tags=b, or tags=a alone: a flat key under an array schema is the list of its values.
            ArrayNode array = NODES.arrayNode();
            if (values.size() > 1 || !values.get(0).isEmpty()) {
                for (int i = 0; i < values.size(); i++) {
                    array.add(type(new Texts(values.get(i)), schema.items(), Paths.index(path, i), null, strict));
                }
            }
            return array;
        }
        if (values.size() > 1) {
            throw new FormBodyException("Expected type " + types.iterator().next() + " but found type array", path);
        }
        String text = values.get(0);
        for (String type : types) {
            JsonNode node = scalar(text, type);
            if (node != null && (!node.isTextual() || !strict || schema.allows(text))) {
                return node;
            }
        }
        if (strict) {
            throw NoFit.INSTANCE;
        }
        // Not a number for a number, etc.: a number-looking text still goes as a number (1.5 for an
        // integer is "found type number", as in JSON); anything else as the string it is.
        return NUMBER.matcher(text).matches() ? number(text) : NODES.textNode(text);
    }

    private static JsonNode fields(Fields fields, SchemaView schema, Set<String> types, String path, String hint,
                                   boolean strict) {
        if (types.contains("array") && (!types.contains("object") || fields.allIndices())) {
            return array(fields, schema.items(), path, strict);
        }
        if (types.contains("object")) {
            ObjectNode object = NODES.objectNode();
            String siblingType = fields.typeField();
            for (Map.Entry<String, RawNode> child : fields.children().entrySet()) {
                SchemaView property = schema.property(child.getKey());
                String at = Paths.property(path, child.getKey());
                if (property == null && strict) {
                    throw NoFit.INSTANCE;
                }
                // An unknown property goes as sent: the binding names it, as for JSON.
                object.set(child.getKey(), property == null ? free(child.getValue(), at, null)
                        : type(child.getValue(), property, at, siblingType, strict));
            }
            return object;
        }
        if (strict) {
            throw NoFit.INSTANCE;
        }
        return free(fields, path, hint);
    }

    private static ArrayNode array(Fields fields, SchemaView items, String path, boolean strict) {
        Map<String, RawNode> children = fields.children();
        for (String key : children.keySet()) {
            if (!RawNode.INDEX.matcher(key).matches()) {
                throw new FormBodyException("Invalid array index: " + key, path);
            }
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < children.size(); i++) {
            RawNode child = children.get(String.valueOf(i));
            if (child == null) {
                throw new FormBodyException("Missing array index " + i, path);
            }
            array.add(items == null ? free(child, Paths.index(path, i), null)
                    : type(child, items, Paths.index(path, i), null, strict));
        }
        return array;
    }

    /**
     * A value the schema leaves open (a flag parameter's {@code value}): text, unless a sibling
     * {@code type} names a JSON type; nested keys are an object, or an array when the sibling type
     * says so or every key is an index.
     */
    private static JsonNode free(RawNode raw, String path, String hint) {
        String type = hint != null && JSON_TYPES.contains(hint) ? hint : null;
        if (raw instanceof Texts texts) {
            if (texts.values().size() > 1 && !"array".equals(type)) {
                throw new FormBodyException("Expected type " + (type == null ? "string" : type) + " but found type array", path);
            }
            if ("array".equals(type)) {
                return texts(texts, SchemaView.FREE, Set.of("array"), path, false);
            }
            JsonNode typed = type == null ? null : scalar(texts.values().get(0), type);
            return typed != null ? typed : NODES.textNode(texts.values().get(0));
        }
        Fields fields = (Fields) raw;
        if ("array".equals(type) || type == null && fields.allIndices()) {
            return array(fields, null, path, false);
        }
        ObjectNode object = NODES.objectNode();
        fields.children().forEach((key, child) -> object.set(key, free(child, Paths.property(path, key), null)));
        return object;
    }

    /** The text as one JSON type, or null when it cannot be; an empty text is an empty object or array. */
    private static JsonNode scalar(String text, String type) {
        return switch (type) {
            case "string" -> NODES.textNode(text);
            case "integer" -> INTEGER.matcher(text).matches() ? number(text) : null;
            case "number" -> NUMBER.matcher(text).matches() ? number(text) : null;
            case "boolean" -> "true".equals(text) || "false".equals(text) ? NODES.booleanNode("true".equals(text)) : null;
            case "object" -> text.isEmpty() ? NODES.objectNode() : null;
            case "array" -> text.isEmpty() ? NODES.arrayNode() : null;
            case "null" -> text.isEmpty() ? NODES.nullNode() : null;
            default -> null;
        };
    }

    private static JsonNode number(String text) {
        try {
            return NUMBERS.readTree(text);
        } catch (IOException e) {
            return NODES.textNode(text); // Over Jackson's number length limit: let the binding refuse it as text.
        }
    }
}
