package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;

/**
 * The rules for what a schema change means to a client, by where the schema sits (what clients send,
 * or what they read): type and format, properties, and, through {@link ValueRules} and {@link LimitRules},
 * values and limits. Each walks openapi-diff's {@link ChangedSchema} but judges the old and the new
 * schema itself; openapi-diff's own verdict is never taken.
 */
final class SchemaRules {

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Reports what changed in a schema (and the schemas inside it) at {@code site}. */
    void schema(OperationChanges op, Site site, String path, ChangedSchema cs) {
        schema(op, site, path, cs, new ArrayDeque<>());
    }

    private void schema(OperationChanges op, Site site, String path, ChangedSchema cs, Deque<ChangedSchema> stack) {
        if (cs == null || stack.stream().anyMatch(s -> s == cs)) {
            return; // recursive schemas: each level is visited once per path
        }
        stack.push(cs);
        try {
            schemaHere(op, site, path, cs, stack);
        } finally {
            stack.pop();
        }
    }

    private void schemaHere(OperationChanges op, Site site, String path, ChangedSchema cs, Deque<ChangedSchema> stack) {
        boolean request = site.request();
        Schema<?> oldS = cs.getOldSchema();
        Schema<?> newS = cs.getNewSchema();
        op.judged(cs.getDescription(), cs.getExamples(), cs.getExample(), cs.getExtensions());
        if (oldS != null && !cs.isDiscriminatorPropertyChanged()) {
            op.judged(cs); // its type, format, properties and default; a changed discriminator is not judged here
        }
        if (oldS != null && newS == null) {
            op.at(site, Rule.SCHEMA_REMOVED, site.propertyCategory(), path, null, false, "schema removed");
            return;
        }
        if (oldS == null || newS == null) {
            return;
        }
        if (cs.isChangedType() && typeOf(oldS).equals(typeOf(newS)) || cs.isChangeFormat()) {
            format(op, site, path, oldS.getFormat(), newS.getFormat());
        } else if (cs.isChangedType()) {
            op.at(site, Rule.TYPE_CHANGED, Category.TYPE, path, null, false,
                    "type changed from `" + typeOf(oldS) + "` to `" + typeOf(newS) + "`");
            return; // openapi-diff compares nothing else of schemas of different types
        }
        ValueRules.enumeration(op, site, path, cs);
        ValueRules.required(op, site, path, cs);
        ValueRules.flags(op, site, path, cs);
        LimitRules.limits(op, site, path, cs);

        List<String> oldRequired = oldS.getRequired() == null ? List.of() : oldS.getRequired();
        for (String name : cs.getMissingProperties().keySet()) {
            String field = join(path, name);
            if (request) {
                boolean closed = Boolean.FALSE.equals(newS.getAdditionalProperties());
                op.at(site, closed ? Rule.CLOSED_PROPERTY_REMOVED : Rule.PROPERTY_REMOVED, Category.REQUEST_PROPERTY, field,
                        null, false,
                        closed ? "removed (the body is closed: clients sending it now get 400)" : "removed (ignored if sent)");
            } else {
                op.at(site, oldRequired.contains(name) ? Rule.REQUIRED_PROPERTY_REMOVED : Rule.PROPERTY_REMOVED,
                        Category.RESPONSE_PROPERTY, field, null, false, "removed");
            }
        }
        List<String> newRequired = newS.getRequired() == null ? List.of() : newS.getRequired();
        for (String name : cs.getIncreasedProperties().keySet()) {
            String field = join(path, name);
            boolean required = newRequired.contains(name);
            if (request && required) {
                continue; // reported by ValueRules.required
            }
            op.at(site, required ? Rule.REQUIRED_PROPERTY_ADDED : Rule.PROPERTY_ADDED,
                    request ? Category.REQUEST_PROPERTY : Category.RESPONSE_PROPERTY, field, null, false,
                    request ? "optional property added" : required ? "property added (always returned)" : "property added");
        }
        for (Map.Entry<String, ChangedSchema> e : cs.getChangedProperties().entrySet()) {
            schema(op, site, join(path, e.getKey()), e.getValue(), stack);
        }
        schema(op, site, path + "[]", cs.getItems(), stack);
        schema(op, site, join(path, "*"), cs.getAddProp(), stack);

        // Branches added or removed are found by IgnoredKeywords (openapi-diff keys inline ones by their
        // position); what changed inside a branch named by its $ref is judged here.
        ChangedOneOfSchema oneOf = cs.getOneOfSchema();
        if (oneOf != null) {
            op.judged(oneOf);
            oneOf.getChanged().forEach((name, branch) -> {
                if (!name.matches("(one|any|all)-of-\\d+")) {
                    schema(op, site, path, branch, stack);
                }
            });
        }
    }

    /**
     * openapi-diff reports a changed {@code format} of the same type as a type change. Dropping a format
     * widens what a request may carry and what a response may hold; adding one narrows both.
     */
    private static void format(OperationChanges op, Site site, String path, String before, String after) {
        if (after == null) {
            op.at(site, Rule.FORMAT_REMOVED, Category.TYPE, path, null, false,
                    "format `" + before + "` removed" + (site.request() ? "" : " (values may now exceed it)"));
        } else if (before == null) {
            op.at(site, Rule.FORMAT_ADDED, Category.TYPE, path, null, false,
                    "format `" + after + "` added" + (site.request() ? " (requests valid before may now be refused)" : ""));
        } else {
            op.at(site, Rule.FORMAT_CHANGED, Category.TYPE, path, null, false,
                    "format changed from `" + before + "` to `" + after + "`");
        }
    }

    static String values(Collection<?> values) {
        return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String typeOf(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return String.join("|", s.getTypes());
        }
        if (s instanceof ComposedSchema) {
            return "composed";
        }
        return s.get$ref() != null ? s.get$ref() : "any";
    }
}
