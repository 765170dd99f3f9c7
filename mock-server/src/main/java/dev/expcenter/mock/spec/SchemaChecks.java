package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What request and response rules share: reading JSON, running a compiled schema, picking the JSON one. */
final class SchemaChecks {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Logger LOG = LoggerFactory.getLogger(SchemaChecks.class);

    private SchemaChecks() {
    }

    /** The bytes as one JSON document; trailing content is an error. */
    static JsonNode readJson(byte[] content) throws IOException {
        return JSON.readTree(content);
    }

    /**
     * The schema's errors for {@code node}. A schema the validator cannot evaluate (a reference it
     * cannot follow) is the spec's problem, not the request's: logged, and the value let through.
     */
    static List<Error> validate(Schema schema, JsonNode node) {
        try {
            return schema.validate(node);
        } catch (RuntimeException e) {
            LOG.warn("A schema of the spec cannot be evaluated, value not checked: {}", e.toString());
            return List.of();
        }
    }

    /** The first error, worded. */
    static Optional<SchemaProblem> first(List<Error> errors) {
        return errors.isEmpty() ? Optional.empty() : Optional.of(SchemaProblem.of(errors.get(0)));
    }

    /** The schema of {@code application/json}, else of the first JSON-like media type, else null. */
    static Schema json(Map<String, Schema> byMediaType) {
        Schema exact = byMediaType.get("application/json");
        if (exact != null) {
            return exact;
        }
        return byMediaType.entrySet().stream().filter(e -> e.getKey().contains("json") && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The values of a header as text, its name matched without case; empty when absent. */
    static List<String> headerValues(Map<String, ? extends List<?>> headers, String name) {
        if (headers == null) {
            return List.of();
        }
        List<?> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, ? extends List<?>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    values = entry.getValue();
                    break;
                }
            }
        }
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
