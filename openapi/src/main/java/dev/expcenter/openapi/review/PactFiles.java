package dev.expcenter.openapi.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.openapi.review.ConsumerPacts.Interaction;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one consumer pact file (Pact JSON v2, v3 or v4): its HTTP interactions. */
final class PactFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PactFiles() {}

    static List<Interaction> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read consumer pact " + file + ": " + e.getMessage(), e);
        }
        String consumer = root.path("consumer").path("name").asText(file.getFileName().toString());
        List<Interaction> out = new ArrayList<>();
        for (JsonNode it : root.path("interactions")) {
            String type = it.path("type").asText("");
            if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("http")) {
                continue; // v4 message interactions have no HTTP request
            }
            JsonNode req = it.path("request");
            JsonNode res = it.path("response");
            String rawPath = req.path("path").asText("/");
            Map<String, List<String>> query = query(req.path("query"));
            int q = rawPath.indexOf('?');
            if (q >= 0) {
                query.putAll(query(JSON.getNodeFactory().textNode(rawPath.substring(q + 1))));
                rawPath = rawPath.substring(0, q);
            }
            Set<String> headers = new LinkedHashSet<>();
            req.path("headers").fieldNames().forEachRemaining(h -> headers.add(h.toLowerCase(Locale.ROOT)));
            out.add(new Interaction(consumer, file.getFileName().toString(), it.path("description").asText(""),
                    req.path("method").asText("GET").toUpperCase(Locale.ROOT), rawPath, query, headers,
                    body(req.path("body")), res.path("status").asInt(200), body(res.path("body"))));
        }
        return out;
    }

    private static Map<String, List<String>> query(JsonNode q) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (q.isTextual()) { // Pact v2: "a=1&b=2"
            for (String pair : q.asText().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        } else if (q.isObject()) { // v3/v4: {"a": ["1"]}
            for (Map.Entry<String, JsonNode> e : q.properties()) {
                List<String> values = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(e.getValue().asText());
                }
                out.put(e.getKey(), values);
            }
        }
        return out;
    }

    /** v4 wraps bodies as {"content": ..., "contentType": ..., "encoded": ...}; older versions do not. */
    private static JsonNode body(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (body.isObject() && body.has("content") && (body.has("contentType") || body.has("encoded"))) {
            JsonNode content = body.get("content");
            if (content.isTextual() && !body.path("encoded").asBoolean(false)) {
                try {
                    return JSON.readTree(content.asText());
                } catch (IOException notJson) {
                    return content;
                }
            }
            return content;
        }
        return body;
    }
}
