package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares one operation of Auth0's document with the same operation of our spec. */
final class OperationComparator {

    private final SpecDocument auth0;
    private final SpecDocument ours;
    private final SchemaComparator schemas;
    private final ErrorMessages messages;
    private final SecurityComparator security;

    OperationComparator(SpecDocument auth0, SpecDocument ours) {
        this.auth0 = auth0;
        this.ours = ours;
        this.schemas = new SchemaComparator(auth0, ours);
        this.messages = new ErrorMessages(ours);
        this.security = new SecurityComparator(auth0, ours);
    }

    void compare(Operation a, Operation o, Findings findings) {
        parameters(a, o, findings);
        requestBody(a.node().get("requestBody"), o.node().get("requestBody"), findings);
        responses(a.node().path("responses"), o.node().path("responses"), findings);
        security.compare(a.node(), o.node(), findings);
    }

    /** Path parameters match by position, the others by {@code in} and name; a location names Auth0's parameter. */
    private void parameters(Operation a, Operation o, Findings findings) {
        List<String> auth0Names = a.pathParameterNames();
        List<String> ourNames = o.pathParameterNames();
        Map<String, String> auth0NameOf = new HashMap<>();
        for (int i = 0; i < auth0Names.size(); i++) {
            auth0NameOf.put(ourNames.get(i), auth0Names.get(i));
            if (!auth0Names.get(i).equals(ourNames.get(i))) {
                findings.renamed("parameter[path " + auth0Names.get(i) + "]", auth0Names.get(i), ourNames.get(i));
            }
        }
        Map<String, JsonNode> auth0Parameters = a.parameters(auth0);
        Map<String, JsonNode> ourParameters = new TreeMap<>();
        o.parameters(ours).forEach((key, parameter) -> {
            String name = parameter.path("name").asText();
            boolean inPath = parameter.path("in").asText().equals("path");
            ourParameters.put(inPath ? "path " + auth0NameOf.getOrDefault(name, name) : key, parameter);
        });
        for (String key : Keys.union(auth0Parameters.keySet(), ourParameters.keySet())) {
            String location = "parameter[" + key + "]";
            JsonNode x = auth0Parameters.get(key);
            JsonNode y = ourParameters.get(key);
            if (y == null) {
                findings.missing(location);
            } else if (x == null) {
                findings.added(location);
            } else {
                required(x, y, location + ".required", findings);
                schema(x.get("schema"), y.get("schema"), location + ".schema", findings);
            }
        }
    }

    private void requestBody(JsonNode a, JsonNode o, Findings findings) {
        if (a == null && o == null) {
            return;
        }
        if (o == null) {
            findings.missing("requestBody");
        } else if (a == null) {
            findings.added("requestBody");
        } else {
            JsonNode x = auth0.resolve(a);
            JsonNode y = ours.resolve(o);
            required(x, y, "requestBody.required", findings);
            content(x.path("content"), y.path("content"), "request", findings);
        }
    }

    /** Every response code; media types and schemas for a success, Auth0's messages for an error. */
    private void responses(JsonNode a, JsonNode o, Findings findings) {
        for (String code : Keys.union(Keys.of(a), Keys.of(o))) {
            String location = "responses." + code;
            if (!o.has(code)) {
                findings.missing(location);
            } else if (!a.has(code)) {
                findings.added(location);
            } else if (code.startsWith("2")) {
                content(auth0.resolve(a.get(code)).path("content"), ours.resolve(o.get(code)).path("content"),
                        location, findings);
            } else {
                messages.compare(code, auth0.resolve(a.get(code)), ours.resolve(o.get(code)), findings);
            }
        }
    }

    private void content(JsonNode a, JsonNode o, String location, Findings findings) {
        for (String mediaType : Keys.union(Keys.of(a), Keys.of(o))) {
            String at = location + "[" + mediaType + "]";
            if (!o.has(mediaType)) {
                findings.missing(at);
            } else if (!a.has(mediaType)) {
                findings.added(at);
            } else {
                schema(a.get(mediaType).get("schema"), o.get(mediaType).get("schema"), at, findings);
            }
        }
    }

    private void schema(JsonNode a, JsonNode o, String location, Findings findings) {
        if (a != null && o != null) {
            schemas.compare(a, o, location, findings);
        } else if (a != null) {
            findings.missing(location);
        } else if (o != null) {
            findings.added(location);
        }
    }

    /** {@code required} defaults to false on parameters and request bodies alike. */
    private static void required(JsonNode a, JsonNode o, String location, Findings findings) {
        boolean x = a.path("required").asBoolean(false);
        boolean y = o.path("required").asBoolean(false);
        if (x != y) {
            findings.changed(location, String.valueOf(x), String.valueOf(y));
        }
    }
}
