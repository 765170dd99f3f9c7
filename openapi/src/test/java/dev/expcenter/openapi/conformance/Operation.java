package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of a document: its method, its path template, the path item and the operation object. */
record Operation(String method, String path, JsonNode pathItem, JsonNode node) {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]*)}");

    /** {@code POST /experimentation/experiments}: how a Difference names the operation. */
    String key() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The method and the path with its parameter names blanked, {@code patch /flags/{}/variations/{}}. */
    String matchKey() {
        return method + " " + PATH_PARAMETER.matcher(path).replaceAll("{}");
    }

    /** The path parameter names in the order they appear in the path. */
    List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The path item's parameters overridden by the operation's, resolved, keyed {@code "<in> <name>"}. */
    Map<String, JsonNode> parameters(SpecDocument document) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = document.resolve(parameter);
                byKey.put(resolved.path("in").asText() + " " + resolved.path("name").asText(), resolved);
            }
        }
        return byKey;
    }
}
