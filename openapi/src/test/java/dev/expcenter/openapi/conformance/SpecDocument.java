package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** An OpenAPI document read as a plain tree (JSON or YAML), with local {@code $ref} resolution. */
final class SpecDocument {

    private final JsonNode root;
    private final boolean openApi31;

    private SpecDocument(JsonNode root) {
        this.root = root;
        this.openApi31 = root.path("openapi").asText().startsWith("3.1");
    }

    static SpecDocument read(Path path) throws IOException {
        ObjectMapper mapper = path.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        return new SpecDocument(mapper.readTree(path.toFile()));
    }

    JsonNode root() {
        return root;
    }

    /** Follows a chain of {@code $ref}s to the object it names; any siblings of a {@code $ref} are dropped. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        Set<String> seen = new HashSet<>();
        while (current.has("$ref")) {
            current = target(current.get("$ref").asText(), seen);
        }
        return current;
    }

    /**
     * Resolves a schema. In 3.1 a {@code $ref}'s siblings apply beside the referenced schema, so they are laid
     * over it (the outermost wins); in 3.0 they are ignored, as the generators and validators ignore them.
     */
    ObjectNode resolveSchema(JsonNode node) {
        ObjectNode siblings = JsonNodeFactory.instance.objectNode();
        JsonNode current = node;
        Set<String> seen = new HashSet<>();
        while (current.has("$ref")) {
            if (openApi31) {
                current.properties().stream()
                        .filter(e -> !e.getKey().equals("$ref"))
                        .forEach(e -> siblings.putIfAbsent(e.getKey(), e.getValue()));
            }
            current = target(current.get("$ref").asText(), seen);
        }
        if (!current.isObject()) {
            throw new IllegalArgumentException("Only object schemas are supported, not " + current);
        }
        // A shallow copy: the subschemas stay the document's own nodes, whose identity marks recursion.
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        resolved.setAll((ObjectNode) current);
        resolved.setAll(siblings);
        return resolved;
    }

    private JsonNode target(String ref, Set<String> seen) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local $refs are supported, not " + ref);
        }
        if (!seen.add(ref)) {
            throw new IllegalArgumentException("$ref cycle through " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable $ref " + ref);
        }
        return target;
    }
}
