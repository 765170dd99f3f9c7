package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Records the differences found in one operation as Difference strings,
 * {@code <METHOD> <path as in Auth0's doc> <location>: <kind>}.
 */
final class Findings {

    private final String operation;
    private final Collection<String> sink;

    Findings(String operation, Collection<String> sink) {
        this.operation = operation;
        this.sink = sink;
    }

    /** Something only our spec has. */
    void added(String location) {
        add(location, "added");
    }

    /** A keyword only our spec has, with its value. */
    void added(String location, String ours) {
        add(location, "added (ours=" + ours + ")");
    }

    /** Something only Auth0's document has. */
    void missing(String location) {
        add(location, "missing");
    }

    /** A keyword only Auth0's document has, with its value. */
    void missing(String location, String auth0) {
        add(location, "missing (auth0=" + auth0 + ")");
    }

    void changed(String location, String auth0, String ours) {
        add(location, "changed (auth0=" + auth0 + ", ours=" + ours + ")");
    }

    void renamed(String location, String auth0, String ours) {
        add(location, "renamed (auth0=" + auth0 + ", ours=" + ours + ")");
    }

    /** A value as it appears in a Difference: text unquoted, numbers canonical, arrays as {@code [a, b]}. */
    static String text(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false)
                    .map(Findings::text)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private void add(String location, String kind) {
        sink.add(operation + " " + location + ": " + kind);
    }
}
