package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.expcenter.stub.form.SchemaTrees;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles the spec's (fully resolved) schemas into networknt JSON-schema validators with the
 * OpenAPI 3.0 dialect ({@code nullable}, {@code format} as assertions, draft-4 style bounds). A schema
 * is compiled once per spec version; validating is then a walk of the compiled tree, with no
 * per-request parsing, path matching or schema hashing.
 */
final class SchemaCompiler {
    private final BodyVerdicts bodyVerdicts = new BodyVerdicts(BodyVerdicts.DEFAULT_ENTRIES, BodyVerdicts.DEFAULT_MAX_TOTAL_BYTES);
    private final SchemaTrees trees;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .preloadSchema(true)
                    .build()));

    /** A compiler for the schemas of {@code api}, a model parsed with every reference resolved. */
    SchemaCompiler(OpenAPI api) {
        try {
            this.trees = new SchemaTrees(api);
        } catch (IllegalArgumentException | StackOverflowError e) {
            throw new SpecLoadException("components.schemas: the schema cannot be written out as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The validator of one schema of the parsed model, or null when there is none. It validates the
     * schema's self-contained tree ({@link SchemaTrees}): a schema that refers to itself carries the
     * spec's component schemas under {@code components}, an unknown keyword to JSON schema that the
     * reference resolves into. The form converter reads the same tree.
     */
    Schema compile(io.swagger.v3.oas.models.media.Schema<?> schema, String where) {
        if (schema == null) {
            return null;
        }
        JsonNode node;
        try {
            node = trees.tree(schema);
        } catch (IllegalArgumentException | StackOverflowError e) {
            throw new SpecLoadException(where + ": the schema cannot be written out as JSON: " + e.getMessage(), e);
        }
        try {
            return registry.getSchema(node);
        } catch (RuntimeException e) {
            throw new SpecLoadException(where + ": the schema cannot be compiled: " + e.getMessage(), e);
        }
    }

    /** The validators of a request or response content, by lower-case media type (null where no schema is given). */
    Map<String, Schema> compileContent(Content content, String where) {
        Map<String, Schema> byType = new LinkedHashMap<>();
        if (content != null) {
            content.forEach((type, media) -> byType.put(type.toLowerCase(Locale.ROOT),
                    compile(media.getSchema(), where + " " + type)));
        }
        return byType;
    }

    /** The response-body verdicts shared by every operation of this spec version. */
    BodyVerdicts bodyVerdicts() {
        return bodyVerdicts;
    }
}
