package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Schemas of a parsed spec (every reference resolved) as self-contained JSON trees. The parser
 * resolves every reference except those of a schema to itself (a tree, a list of lists); such a
 * schema keeps its {@code $ref: '#/components/schemas/X'}, so the spec's component schemas travel
 * along with it under {@code components}, where the reference resolves as a JSON pointer. The form
 * converter and the mock's JSON-schema validators read the same trees.
 */
public final class SchemaTrees {
    private final JsonNode components;

    /** The trees of {@code api}'s schemas. */
    public SchemaTrees(OpenAPI api) {
        ObjectNode document = Json.mapper().createObjectNode();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            document.putObject("schemas").setAll((ObjectNode) Json.mapper().valueToTree(api.getComponents().getSchemas()));
        }
        this.components = document;
    }

    /**
     * The tree of one schema of the model, or null when there is none.
     *
     * @throws IllegalArgumentException when the schema cannot be written out as JSON
     */
    public JsonNode tree(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        JsonNode node = Json.mapper().valueToTree(schema);
        if (node.isObject() && !node.findValues("$ref").isEmpty()) {
            ObjectNode withComponents = ((ObjectNode) node).deepCopy();
            withComponents.set("components", components);
            node = withComponents;
        }
        return node;
    }
}
