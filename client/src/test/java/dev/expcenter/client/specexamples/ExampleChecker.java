package dev.expcenter.client.specexamples;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.client.invoker.ApiClient;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks one example two ways and reports every problem as a line of text.
 *
 * <ol>
 *   <li>Schema: swagger-request-validator's {@link SchemaValidator} (OpenAPI 3.0 aware: local
 *       {@code $ref}s, {@code nullable}, formats; {@code date-time} and {@code pattern} are
 *       enforced).</li>
 *   <li>Round trip: read into the generated client model with the generated client's own
 *       {@link ApiClient#createDefaultObjectMapper() ObjectMapper}, write back, compare as trees.
 *       Normalisation, and nothing else: properties the model writes as {@code null} (required
 *       properties are always written) are dropped; {@code date-time} strings are compared as
 *       instants ({@code +00:00} and {@code Z} are equal); numbers are compared by value.</li>
 * </ol>
 */
final class ExampleChecker {
  private final SchemaValidator validator;
  private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

  ExampleChecker(OpenAPI api) {
    this.validator = new SchemaValidator(api, new MessageResolver());
  }

  /** Schema violations of the example; empty when it is valid. */
  List<String> schemaProblems(SpecExample example) {
    if (example.schema() == null) {
      return List.of("no schema to validate against");
    }
    ValidationReport report = validator.validate(example.value().toString(), example.schema(), "example");
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR || m.getLevel() == ValidationReport.Level.WARN) {
        problems.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return problems;
  }

  /** What the round trip through the generated model lost or changed; empty when nothing. */
  List<String> roundTripProblems(SpecExample example) {
    if (example.model() == null) {
      return List.of();
    }
    try {
      if (example.property() != null) {
        ObjectNode wrapper = mapper.createObjectNode().set(example.property(), example.value());
        JsonNode back = writeBack(wrapper, example.model()).path(example.property());
        return differences("/" + example.property(), example.value(), back);
      }
      return differences("", example.value(), writeBack(example.value(), example.model()));
    } catch (Exception e) {
      return List.of("cannot round-trip through " + example.model().getSimpleName() + ": " + e);
    }
  }

  private JsonNode writeBack(JsonNode value, Class<?> model) throws Exception {
    Object typed = mapper.treeToValue(value, model);
    return withoutNulls(mapper.valueToTree(typed));
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.properties().removeIf(e -> e.getValue().isNull());
      copy.properties().forEach(e -> e.setValue(withoutNulls(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = node.deepCopy();
      for (int i = 0; i < copy.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, withoutNulls(copy.get(i)));
      }
      return copy;
    }
    return node;
  }

  static List<String> differences(String at, JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare(at, expected, actual, out);
    return out;
  }

  private static void compare(String at, JsonNode expected, JsonNode actual, List<String> out) {
    String where = at.isEmpty() ? "/" : at;
    if (actual == null || actual.isMissingNode()) {
      out.add(where + ": lost in the round trip (expected " + expected + ")");
    } else if (expected.isObject() && actual.isObject()) {
      Set<String> names = new HashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode e = expected.get(name);
        if (e == null) {
          out.add(at + "/" + name + ": added by the round trip (" + actual.get(name) + ")");
        } else {
          compare(at + "/" + name, e, actual.get(name), out);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(where + ": " + expected.size() + " items became " + actual.size());
        return;
      }
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        compare(at + "/" + i++, e, a.next(), out);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(where + ": " + expected + " became " + actual);
      }
    } else if (!expected.equals(actual) && !sameInstant(expected, actual)) {
      out.add(where + ": " + expected + " became " + actual);
    }
  }

  private static boolean sameInstant(JsonNode expected, JsonNode actual) {
    if (!expected.isTextual() || !actual.isTextual()) {
      return false;
    }
    try {
      return OffsetDateTime.parse(expected.asText()).toInstant()
          .equals(OffsetDateTime.parse(actual.asText()).toInstant());
    } catch (DateTimeParseException notDates) {
      return false;
    }
  }
}
