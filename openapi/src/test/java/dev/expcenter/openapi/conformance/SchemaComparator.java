package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two schemas keyword by keyword after resolving {@code $ref}s, so schema names never matter.
 * Descriptions, titles, examples, defaults, {@code x-} extensions, discriminators and deprecation are ignored.
 */
final class SchemaComparator {

    private static final List<String> SCALARS = List.of("type", "format", "const", "minLength", "maxLength",
            "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems",
            "maxItems", "uniqueItems", "minProperties", "maxProperties", "nullable", "readOnly", "writeOnly");
    private static final List<String> SETS = List.of("enum", "required");
    private static final List<String> SUBSCHEMAS = List.of("items", "not");
    private static final List<String> COMPOSITIONS = List.of("allOf", "anyOf", "oneOf");

    private final SpecDocument auth0;
    private final SpecDocument ours;
    /** The pairs being compared further up this path; meeting one again means a recursive schema. */
    private final Set<Pair> onPath = new HashSet<>();

    SchemaComparator(SpecDocument auth0, SpecDocument ours) {
        this.auth0 = auth0;
        this.ours = ours;
    }

    void compare(JsonNode auth0Schema, JsonNode ourSchema, String location, Findings findings) {
        Pair pair = new Pair(auth0Schema, ourSchema);
        if (!onPath.add(pair)) {
            return;
        }
        try {
            JsonNode a = NormalSchema.of(auth0.resolveSchema(auth0Schema));
            JsonNode o = NormalSchema.of(ours.resolveSchema(ourSchema));
            SCALARS.forEach(k -> scalar(a.get(k), o.get(k), location + "." + k, findings));
            SETS.forEach(k -> set(a.get(k), o.get(k), location + "." + k, findings));
            additionalProperties(a.get("additionalProperties"), o.get("additionalProperties"),
                    location + ".additionalProperties", findings);
            properties(a.path("properties"), o.path("properties"), location + ".properties", findings);
            SUBSCHEMAS.forEach(k -> subschema(a.get(k), o.get(k), location + "." + k, findings));
            COMPOSITIONS.forEach(k -> positional(a.path(k), o.path(k), location + "." + k, findings));
        } finally {
            onPath.remove(pair);
        }
    }

    private static void scalar(JsonNode a, JsonNode o, String location, Findings findings) {
        if (a == null && o == null) {
            return;
        }
        if (a == null) {
            findings.added(location, Findings.text(o));
        } else if (o == null) {
            findings.missing(location, Findings.text(a));
        } else if (!same(a, o)) {
            findings.changed(location, Findings.text(a), Findings.text(o));
        }
    }

    private static boolean same(JsonNode a, JsonNode o) {
        if (a.isNumber() && o.isNumber()) {
            return a.decimalValue().compareTo(o.decimalValue()) == 0;
        }
        return a.equals(o);
    }

    /** Set-valued keywords report each member on its own: {@code required[name]: missing}. */
    private static void set(JsonNode a, JsonNode o, String location, Findings findings) {
        Set<String> auth0Members = members(a);
        Set<String> ourMembers = members(o);
        for (String member : Keys.union(auth0Members, ourMembers)) {
            if (!ourMembers.contains(member)) {
                findings.missing(location + "[" + member + "]");
            } else if (!auth0Members.contains(member)) {
                findings.added(location + "[" + member + "]");
            }
        }
    }

    private static Set<String> members(JsonNode array) {
        Set<String> members = new TreeSet<>();
        if (array != null) {
            array.forEach(m -> members.add(Findings.text(m)));
        }
        return members;
    }

    private void additionalProperties(JsonNode a, JsonNode o, String location, Findings findings) {
        if (a != null && o != null && a.isObject() && o.isObject()) {
            compare(a, o, location, findings);
            return;
        }
        scalar(asValue(a), asValue(o), location, findings);
    }

    /** {@code additionalProperties} as a value: its boolean, or the word {@code schema}. */
    private static JsonNode asValue(JsonNode additionalProperties) {
        if (additionalProperties == null || additionalProperties.isBoolean()) {
            return additionalProperties;
        }
        return TextNode.valueOf("schema");
    }

    private void properties(JsonNode a, JsonNode o, String location, Findings findings) {
        Set<String> names = Keys.union(Keys.of(a), Keys.of(o));
        for (String name : names) {
            subschema(a.get(name), o.get(name), location + "." + name, findings);
        }
    }

    private void subschema(JsonNode a, JsonNode o, String location, Findings findings) {
        if (a == null && o == null) {
            return;
        }
        if (a == null) {
            findings.added(location);
        } else if (o == null) {
            findings.missing(location);
        } else {
            compare(a, o, location, findings);
        }
    }

    private void positional(JsonNode a, JsonNode o, String location, Findings findings) {
        for (int i = 0; i < Math.max(a.size(), o.size()); i++) {
            subschema(a.get(i), o.get(i), location + "[" + i + "]", findings);
        }
    }

    /** Two schema nodes of the documents, equal only when they are the very same nodes. */
    private record Pair(JsonNode auth0, JsonNode ours) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Pair p && p.auth0 == auth0 && p.ours == ours;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(auth0) + System.identityHashCode(ours);
        }
    }
}
