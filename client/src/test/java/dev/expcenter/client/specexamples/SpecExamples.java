package dev.expcenter.client.specexamples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every example in the spec: media-type {@code example}/{@code examples} of every request
 * body, response (and parameter and response header) of every operation, following
 * {@code $ref}s to {@code components.responses}, {@code components.requestBodies} and
 * {@code components.examples}; and every schema-level {@code example} under
 * {@code components.schemas}, at any depth.
 *
 * <p>Structure and schemas come from swagger-parser's model; example VALUES come from the raw
 * YAML tree at the same place, because the parser casts a schema's {@code example} to the
 * schema's type and silently drops one that does not fit (an {@code example: abc} on an integer
 * would vanish instead of failing).
 */
final class SpecExamples {
  static final String SPEC_RESOURCE = "expcenter/openapi.yaml";
  private static final String MODEL_PACKAGE = "dev.expcenter.client.model.";
  private static final String SCHEMA_REF = "#/components/schemas/";

  final OpenAPI api;
  private final JsonNode raw;
  private final List<SpecExample> found = new ArrayList<>();
  private final Set<String> usedComponentExamples = new LinkedHashSet<>();

  private SpecExamples(OpenAPI api, JsonNode raw) {
    this.api = api;
    this.raw = raw;
  }

  /** Parses the spec on the classpath (the expcenter-openapi artifact) and finds its examples. */
  static SpecExamples fromClasspath() {
    try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + SPEC_RESOURCE + " on the test classpath");
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpecExamples of(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalStateException("The spec does not parse cleanly: " + result.getMessages());
    }
    JsonNode raw;
    try {
      raw = Yaml.mapper().readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SpecExamples examples = new SpecExamples(result.getOpenAPI(), raw);
    examples.walkOperations();
    examples.walkSchemas();
    return examples;
  }

  List<SpecExample> all() {
    return List.copyOf(found);
  }

  /** Names of {@code components.examples} that no media type refers to (their schema is unknown). */
  List<String> unusedComponentExamples() {
    List<String> unused = new ArrayList<>();
    if (api.getComponents().getExamples() != null) {
      api.getComponents().getExamples().keySet().stream()
          .filter(name -> !usedComponentExamples.contains(name))
          .forEach(unused::add);
    }
    return unused;
  }

  private void walkOperations() {
    api.getPaths().forEach((path, item) -> {
      JsonNode rawItem = raw.path("paths").path(path);
      List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        String opId = op.getOperationId();
        JsonNode rawOp = rawItem.path(e.getKey().name().toLowerCase(java.util.Locale.ROOT));
        walkParameters(opId, shared, rawItem.path("parameters"));
        walkParameters(opId, op.getParameters(), rawOp.path("parameters"));
        if (op.getRequestBody() != null) {
          RequestBody body = op.getRequestBody();
          JsonNode rawBody = rawOp.path("requestBody");
          if (body.get$ref() != null) {
            String ref = body.get$ref();
            body = api.getComponents().getRequestBodies().get(simpleName(ref));
            rawBody = resolve(ref);
          }
          walkContent(opId + " request", body.getContent(), rawBody.path("content"));
        }
        if (op.getResponses() != null) {
          op.getResponses().forEach((status, response) -> {
            JsonNode rawResponse = rawOp.path("responses").path(status);
            ApiResponse resolved = response;
            if (response.get$ref() != null) {
              resolved = api.getComponents().getResponses().get(simpleName(response.get$ref()));
              rawResponse = resolve(response.get$ref());
            }
            walkContent(opId + " " + status, resolved.getContent(), rawResponse.path("content"));
            walkHeaders(opId + " " + status, resolved.getHeaders(), rawResponse.path("headers"));
          });
        }
      }
    });
  }

  private void walkParameters(String opId, List<Parameter> parameters, JsonNode rawParameters) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      JsonNode rawP = rawParameters.path(i);
      if (p.get$ref() != null) {
        p = api.getComponents().getParameters().get(simpleName(p.get$ref()));
        rawP = resolve(rawP.path("$ref").asText());
      }
      String label = opId + " parameter " + p.getName();
      addExamples(label, p.getSchema(), rawP, null);
      walkContent(label, p.getContent(), rawP.path("content"));
    }
  }

  private void walkHeaders(String label, Map<String, Header> headers, JsonNode rawHeaders) {
    if (headers == null) {
      return;
    }
    headers.forEach((name, header) -> {
      JsonNode rawH = rawHeaders.path(name);
      Header h = header;
      if (header.get$ref() != null) {
        h = api.getComponents().getHeaders().get(simpleName(header.get$ref()));
        rawH = resolve(header.get$ref());
      }
      addExamples(label + " header " + name, h.getSchema(), rawH, null);
    });
  }

  private void walkContent(String label, Content content, JsonNode rawContent) {
    if (content == null) {
      return;
    }
    content.forEach((mediaTypeName, mediaType) -> {
      String where = mediaTypeName.equals("application/json") ? label : label + " " + mediaTypeName;
      addExamples(where, mediaType.getSchema(), rawContent.path(mediaTypeName), modelOf(mediaType));
    });
  }

  // 'example' and every entry of 'examples' of a media type, parameter or header.
  private void addExamples(String label, Schema<?> schema, JsonNode rawHolder, Class<?> model) {
    if (rawHolder.has("example")) {
      found.add(new SpecExample(label + " example", schema, rawHolder.get("example"), model, null));
    }
    rawHolder.path("examples").properties().forEach(e -> {
      JsonNode rawExample = e.getValue();
      if (rawExample.has("$ref")) {
        String ref = rawExample.get("$ref").asText();
        usedComponentExamples.add(simpleName(ref));
        rawExample = resolve(ref);
      }
      found.add(new SpecExample(label + " " + e.getKey(), schema, rawExample.path("value"), model, null));
    });
  }

  private void walkSchemas() {
    api.getComponents().getSchemas().forEach((name, schema) -> {
      Class<?> model = modelClass(name);
      walkSchema("components.schemas." + name, schema, raw.path("components").path("schemas").path(name),
          model, null);
    });
  }

  // Property examples are round-tripped through the model that owns the property.
  private void walkSchema(String label, Schema<?> schema, JsonNode rawSchema, Class<?> owner, String property) {
    if (schema == null || rawSchema.isMissingNode()) {
      return;
    }
    if (rawSchema.has("example")) {
      found.add(new SpecExample(label + " example", schema, rawSchema.get("example"), owner, property));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((prop, propSchema) -> walkSchema(label + ".properties." + prop, propSchema,
          rawSchema.path("properties").path(prop), property == null ? owner : null, property == null ? prop : null));
    }
    if (schema.getItems() != null) {
      walkSchema(label + ".items", schema.getItems(), rawSchema.path("items"), null, null);
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      walkSchema(label + ".additionalProperties", additional, rawSchema.path("additionalProperties"), null, null);
    }
  }

  private Class<?> modelOf(MediaType mediaType) {
    Schema<?> schema = mediaType.getSchema();
    if (schema == null || schema.get$ref() == null || !schema.get$ref().startsWith(SCHEMA_REF)) {
      return null;
    }
    return modelClass(schema.get$ref().substring(SCHEMA_REF.length()));
  }

  // The generated client names model classes after the schema; schemas that are not objects
  // (ids, enums as strings, maps, arrays) have no class or are enums without a JSON object form.
  private static Class<?> modelClass(String schemaName) {
    try {
      return Class.forName(MODEL_PACKAGE + schemaName);
    } catch (ClassNotFoundException none) {
      return null;
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("Only local $refs are supported: " + ref);
    }
    JsonNode node = raw.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalStateException("Dangling $ref " + ref);
    }
    return node;
  }

  private static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
