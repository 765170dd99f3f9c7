package dev.expcenter.mock.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.EngineState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One API call a session made, as a pact needs it: never its token.
 *
 * @param operationId the spec's operationId, e.g. {@code updateExperimentStatus}
 * @param template the matched path template, e.g. {@code /experimentation/experiments/{id}/status}
 * @param method the HTTP method
 * @param path the raw path, {@code /api/v2} included
 * @param query the decoded query parameters
 * @param requestContentType the request's media type, or null
 * @param requestBody the request body (JSON, or a text node for other media types), or null
 * @param status the response status
 * @param responseContentType the response's media type, or null
 * @param location the {@code Location} header, or null
 * @param responseBody the response body (JSON, or a text node), or null
 * @param before the session's whole state just before the call
 */
public record RecordedCall(String operationId, String template, String method, String path,
                           Map<String, List<String>> query, String requestContentType, JsonNode requestBody,
                           int status, String responseContentType, String location, JsonNode responseBody,
                           EngineState before) {

    /**
     * What makes two calls the same interaction: method, path template, query keys, body shape and
     * response status; for a status change also the move (from the addressed record's status to the
     * one asked for), since a pause and a completion are different requests to the lifecycle.
     */
    public String shape() {
        return method + " " + template + " ?" + new TreeSet<>(query.keySet()) + " " + shapeOf(requestBody)
                + move().map(m -> " " + m).orElse("") + " -> " + status;
    }

    /** For a body with a text {@code status}: {@code "from draft to active"} (or {@code "to active"}). */
    public Optional<String> move() {
        if (requestBody == null || !requestBody.path("status").isTextual()) {
            return Optional.empty();
        }
        String to = "to " + requestBody.path("status").asText();
        return Optional.of(subjectStatus().map(from -> "from " + from + " " + to).orElse(to));
    }

    /** The status, before the call, of the experiment or flag the path names last. */
    private Optional<String> subjectStatus() {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String id = segments[i];
            Optional<String> status = before.experiments().stream().filter(e -> e.id().equals(id))
                    .map(e -> e.status().wire()).findFirst()
                    .or(() -> before.featureFlags().stream().filter(f -> f.id().equals(id))
                            .map(f -> f.status().wire()).findFirst());
            if (status.isPresent()) {
                return status;
            }
        }
        return Optional.empty();
    }

    private static String shapeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "-";
        }
        if (node.isObject()) {
            return node.properties().stream().map(e -> e.getKey() + ":" + shapeOf(e.getValue()))
                    .sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (node.isArray()) {
            TreeSet<String> items = new TreeSet<>();
            node.forEach(item -> items.add(shapeOf(item)));
            return "[" + String.join("|", items) + "]";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
