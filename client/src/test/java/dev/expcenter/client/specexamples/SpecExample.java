package dev.expcenter.client.specexamples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One example of the spec with what it is an example of.
 *
 * @param name     the test name: operationId, status (or {@code request}) and example name, or
 *                 the schema path of a schema-level example
 * @param schema   the schema the example must validate against (often just a {@code $ref})
 * @param value    the example value, taken from the raw YAML (never cast by the parser)
 * @param model    the generated client model to round-trip it through; null when the schema has
 *                 no model class (a string, a map, an array)
 * @param property for a property-level example, the property of {@code model} it belongs to
 */
record SpecExample(String name, Schema<?> schema, JsonNode value, Class<?> model, String property) {

  @Override
  public String toString() {
    return name;
  }
}
