package dev.expcenter.openapi.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's property paths: {@code experiments[].allocations[].weight}, {@code parameters.*.type}.
 * {@code []} is any element of an array, {@code *} any value of a map.
 */
final class JsonPaths {

    private JsonPaths() {}

    static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        if (path == null || path.isEmpty()) {
            return out;
        }
        for (String piece : path.split("\\.")) {
            String name = piece;
            int arrays = 0;
            while (name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2);
                arrays++;
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
            for (int i = 0; i < arrays; i++) {
                out.add("[]");
            }
        }
        return out;
    }

    /** Whether {@code body} has something at {@code path} (equal to {@code value} when it is not null). */
    static boolean present(JsonNode body, String path, String value) {
        return body != null && present(body, tokens(path), 0, value);
    }

    private static boolean present(JsonNode node, List<String> tokens, int i, String value) {
        if (node == null || node.isMissingNode()) {
            return false;
        }
        if (i == tokens.size()) {
            if (value == null) {
                return true;
            }
            if (node.isArray()) {
                for (JsonNode e : node) {
                    if (!e.isContainerNode() && e.asText().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            return !node.isContainerNode() && node.asText().equals(value);
        }
        String t = tokens.get(i);
        if (t.equals("[]")) {
            if (node.isArray()) {
                for (JsonNode e : node) {
                    if (present(e, tokens, i + 1, value)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (t.equals("*")) {
            if (node.isObject()) {
                for (JsonNode e : node) {
                    if (present(e, tokens, i + 1, value)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return node.isObject() && node.has(t) && present(node.get(t), tokens, i + 1, value);
    }
}
