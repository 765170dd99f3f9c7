package dev.expcenter.contracts.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a pact's interactions against the OpenAPI document: the request the consumer will send and
 * the response it expects (the pact's example values, which its matchers must also accept) must
 * both be allowed by the spec, and every property they use must be declared. So a consumer cannot
 * rely on a status, property or value the spec does not promise. Works on the pact JSON (V2 and V3 request/response interactions).
 */
final class PactSpecChecker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(specText())
            .withBasePathOverride("/api/v2")
            // A property the spec does not declare is an error, so a pact cannot rely on a field
            // the spec dropped (or never had).
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                    .build())
            .build();

    /** One interaction of one pact and what the spec says is wrong with it (empty when it conforms). */
    record Result(String consumer, String description, List<String> problems) {
        String name() {
            return consumer + ": " + description;
        }

        String report() {
            return "Pact of " + consumer + ", interaction '" + description + "' breaks the spec:\n  "
                    + String.join("\n  ", problems);
        }
    }

    private PactSpecChecker() {
    }

    /** Every interaction of the pact file, checked. */
    static List<Result> check(Path pactFile) {
        JsonNode pact;
        try {
            pact = JSON.readTree(pactFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read pact " + pactFile, e);
        }
        String consumer = pact.path("consumer").path("name").asText("(unnamed consumer)");
        List<Result> results = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            String description = interaction.path("description").asText();
            results.add(new Result(consumer, description, problems(interaction)));
        }
        return results;
    }

    private static List<String> problems(JsonNode interaction) {
        JsonNode response = interaction.path("response");
        ValidationReport report = VALIDATOR.validate(request(interaction.path("request")), response(response));
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            problems.add(where(m) + ": " + m.getMessage() + " [" + m.getKey() + "]");
        }
        return problems;
    }

    /** "request" or "response", and the JSON pointer or parameter the message is about. */
    private static String where(ValidationReport.Message m) {
        String side = m.getKey().startsWith("validation.response") ? "response" : "request";
        return m.getContext().map(c -> {
            if (c.getPointers().isPresent() && !c.getPointers().get().getInstance().isEmpty()) {
                return side + " body " + c.getPointers().get().getInstance();
            }
            if (c.getParameter().isPresent()) {
                return side + " parameter " + c.getParameter().get().getName();
            }
            return side;
        }).orElse(side);
    }

    private static Request request(JsonNode request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(
                request.path("method").asText("GET").toUpperCase(Locale.ROOT), request.path("path").asText("/"));
        JsonNode query = request.path("query");
        if (query.isTextual()) {
            // Pact V2 keeps the query as one string.
            for (String pair : query.asText().split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        } else {
            query.fields().forEachRemaining(e -> e.getValue().forEach(v -> builder.withQueryParam(e.getKey(), v.asText())));
        }
        headers(request).forEach(builder::withHeader);
        if (request.has("body")) {
            builder.withBody(body(request.get("body")));
        }
        return builder.build();
    }

    private static SimpleResponse response(JsonNode response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.path("status").asInt());
        headers(response).forEach(builder::withHeader);
        if (response.has("body")) {
            builder.withBody(body(response.get("body")));
        }
        return builder.build();
    }

    private static Map<String, String> headers(JsonNode message) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        message.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(),
                e.getValue().isArray() ? e.getValue().path(0).asText() : e.getValue().asText()));
        return headers;
    }

    private static String body(JsonNode body) {
        return body.isTextual() ? body.asText() : body.toString();
    }

    private static String specText() {
        try (InputStream in = PactSpecChecker.class.getClassLoader().getResourceAsStream("expcenter/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("expcenter/openapi.yaml is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
