package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares an operation's security requirements and the schemes they use. Schemes match by what they are
 * ({@code http bearer}, {@code oauth2 clientCredentials}), never by their names; a scheme's descriptions and
 * the scopes no requirement here uses are ignored.
 */
final class SecurityComparator {

    private static final List<String> SCHEME_FIELDS = List.of("bearerFormat", "in", "name", "openIdConnectUrl");
    private static final List<String> FLOW_FIELDS = List.of("authorizationUrl", "tokenUrl", "refreshUrl");

    private final SpecDocument auth0;
    private final SpecDocument ours;

    SecurityComparator(SpecDocument auth0, SpecDocument ours) {
        this.auth0 = auth0;
        this.ours = ours;
    }

    void compare(JsonNode auth0Operation, JsonNode ourOperation, Findings findings) {
        Map<String, Map<String, Use>> a = requirements(auth0, auth0Operation);
        Map<String, Map<String, Use>> o = requirements(ours, ourOperation);
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(o.keySet());
        for (String key : keys) {
            String location = "security[" + key + "]";
            if (!o.containsKey(key)) {
                findings.missing(location);
            } else if (!a.containsKey(key)) {
                findings.added(location);
            } else {
                a.get(key).forEach((kind, use) -> compareUse(use, o.get(key).get(kind), location, findings));
            }
        }
    }

    /** One scheme as a requirement uses it: its definition and the scopes asked for. */
    private record Use(JsonNode scheme, Set<String> scopes) {
    }

    /** The requirement alternatives, each keyed by the kinds of scheme it joins, {@code http bearer + oauth2 ...}. */
    private static Map<String, Map<String, Use>> requirements(SpecDocument document, JsonNode operation) {
        JsonNode list = operation.has("security") ? operation.get("security") : document.root().path("security");
        Map<String, Map<String, Use>> requirements = new TreeMap<>();
        for (JsonNode requirement : list) {
            Map<String, Use> uses = new TreeMap<>();
            requirement.properties().forEach(e -> {
                JsonNode scheme = document.resolve(
                        document.root().path("components").path("securitySchemes").path(e.getKey()));
                Set<String> scopes = new TreeSet<>();
                e.getValue().forEach(s -> scopes.add(s.asText()));
                uses.put(kind(scheme), new Use(scheme, scopes));
            });
            requirements.put(String.join(" + ", uses.keySet()), uses);
        }
        return requirements;
    }

    private static String kind(JsonNode scheme) {
        String type = scheme.path("type").asText();
        if (type.equals("http")) {
            return type + " " + scheme.path("scheme").asText().toLowerCase(Locale.ROOT);
        }
        if (type.equals("oauth2")) {
            Set<String> flows = new TreeSet<>();
            scheme.path("flows").fieldNames().forEachRemaining(flows::add);
            return type + " " + String.join(",", flows);
        }
        return type;
    }

    private static void compareUse(Use a, Use o, String location, Findings findings) {
        members(a.scopes(), o.scopes(), location + ".scopes", findings);
        SCHEME_FIELDS.forEach(f -> field(a.scheme(), o.scheme(), f, location + "." + f, findings));
        Set<String> used = new TreeSet<>(a.scopes());
        used.addAll(o.scopes());
        a.scheme().path("flows").fieldNames().forEachRemaining(flow -> {
            JsonNode auth0Flow = a.scheme().path("flows").path(flow);
            JsonNode ourFlow = o.scheme().path("flows").path(flow);
            String at = location + ".flows." + flow;
            FLOW_FIELDS.forEach(f -> field(auth0Flow, ourFlow, f, at + "." + f, findings));
            members(declared(auth0Flow, used), declared(ourFlow, used), at + ".scopes", findings);
        });
    }

    private static Set<String> declared(JsonNode flow, Set<String> used) {
        return used.stream().filter(flow.path("scopes")::has).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void field(JsonNode a, JsonNode o, String field, String location, Findings findings) {
        JsonNode x = a.get(field);
        JsonNode y = o.get(field);
        if (x == null && y != null) {
            findings.added(location, Findings.text(y));
        } else if (x != null && y == null) {
            findings.missing(location, Findings.text(x));
        } else if (x != null && !x.equals(y)) {
            findings.changed(location, Findings.text(x), Findings.text(y));
        }
    }

    private static void members(Set<String> a, Set<String> o, String location, Findings findings) {
        a.stream().filter(s -> !o.contains(s)).forEach(s -> findings.missing(location + "[" + s + "]"));
        o.stream().filter(s -> !a.contains(s)).forEach(s -> findings.added(location + "[" + s + "]"));
    }
}
