package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * The rules for what a schema change means to a client: by where the schema sits (what clients send,
 * or what they read), which changes are breaking. openapi-diff's own verdict is the fallback.
 */
final class SchemaRules {
    // Changes openapi-diff calls incompatible that onlyNarrowsWhatIsSafe shows are not.
    private int reclassified;

    /** How many incompatible-by-openapi-diff changes these rules have judged safe so far. */
    int reclassified() {
        return reclassified;
    }

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
        String nothing = null;

        if (oldS != null && newS == null) {
            op.at(site, Verdict.BREAKING, site.propertyCategory(), path, nothing, false, "schema removed");
            return;
        }
        if (cs.isChangedType() && typeOf(oldS).equals(typeOf(newS))) {
            formatOnly(op, site, path, oldS, newS);
        } else if (cs.isChangedType()) {
            op.at(site, Verdict.BREAKING, Category.TYPE, path, nothing, false,
                    "type changed from `" + typeOf(oldS) + "` to `" + typeOf(newS) + "`");
        }
        if (cs.isChangeFormat()) {
            op.at(site, Verdict.BREAKING, Category.TYPE, path, nothing, false, "format changed from `"
                    + (oldS == null ? null : oldS.getFormat()) + "` to `" + (newS == null ? null : newS.getFormat()) + "`");
        }
        enumeration(op, site, path, cs);
        required(op, site, path, cs);

        for (String name : cs.getMissingProperties().keySet()) {
            String field = join(path, name);
            if (request) {
                boolean closed = newS != null && Boolean.FALSE.equals(newS.getAdditionalProperties());
                op.at(site, closed ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.REQUEST_PROPERTY, field, nothing, false,
                        closed ? "removed (the body is closed: clients sending it now get 400)" : "removed (ignored if sent)");
            } else {
                op.at(site, Verdict.BREAKING, Category.RESPONSE_PROPERTY, field, nothing, false, "removed");
            }
        }
        List<String> newRequired = newS == null || newS.getRequired() == null ? List.of() : newS.getRequired();
        for (String name : cs.getIncreasedProperties().keySet()) {
            String field = join(path, name);
            if (request && newRequired.contains(name)) {
                continue; // reported by required()
            }
            op.at(site, Verdict.COMPATIBLE, request ? Category.REQUEST_PROPERTY : Category.RESPONSE_PROPERTY, field, nothing,
                    false, request ? "optional property added" : "property added");
        }
        for (Map.Entry<String, ChangedSchema> e : cs.getChangedProperties().entrySet()) {
            schema(op, site, join(path, e.getKey()), e.getValue(), stack);
        }
        schema(op, site, path + "[]", cs.getItems(), stack);
        schema(op, site, join(path, "*"), cs.getAddProp(), stack);

        if (cs.getOneOfSchema() != null && cs.getOneOfSchema().isChanged().isDifferent()) {
            boolean incompatible = cs.getOneOfSchema().isChanged().isIncompatible();
            op.at(site, incompatible ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.TYPE, path, nothing, false,
                    "oneOf alternatives changed");
        }
        constraint(op, site, path, "maxLength", cs.getMaxLength(), oldS, newS, Schema::getMaxLength);
        constraint(op, site, path, "minimum/maximum", cs.getNumericRange(), oldS, newS,
                s -> range(s.getMinimum(), s.getMaximum()));
        constraint(op, site, path, "multipleOf", cs.getMultipleOf(), oldS, newS, Schema::getMultipleOf);
        constraint(op, site, path, "maxItems", cs.getMaxItems(), oldS, newS, Schema::getMaxItems);
        constraint(op, site, path, "minItems", cs.getMinItems(), oldS, newS, Schema::getMinItems);
        constraint(op, site, path, "maxProperties", cs.getMaxProperties(), oldS, newS, Schema::getMaxProperties);
        constraint(op, site, path, "minProperties", cs.getMinProperties(), oldS, newS, Schema::getMinProperties);
        constraint(op, site, path, "uniqueItems", cs.getUniqueItems(), oldS, newS, Schema::getUniqueItems);
        constraint(op, site, path, "pattern", cs.getPattern(), oldS, newS, Schema::getPattern);
        constraint(op, site, path, "nullable", cs.getNullable(), oldS, newS, Schema::getNullable);
        constraint(op, site, path, "readOnly", cs.getReadOnly(), oldS, newS, Schema::getReadOnly);
        constraint(op, site, path, "writeOnly", cs.getWriteOnly(), oldS, newS, Schema::getWriteOnly);
    }

    /**
     * openapi-diff reports a changed {@code format} of the same type as a type change. Dropping a
     * format only widens what a request may carry; anything else can break a client.
     */
    private void formatOnly(OperationChanges op, Site site, String path, Schema<?> oldS, Schema<?> newS) {
        String before = oldS.getFormat();
        String after = newS.getFormat();
        boolean widensRequest = site.request() && after == null;
        if (widensRequest) {
            reclassified++; // openapi-diff calls every format change incompatible
        }
        op.at(site, widensRequest ? Verdict.COMPATIBLE : Verdict.BREAKING, Category.TYPE, path, null, false,
                after == null ? "format `" + before + "` removed" + (widensRequest ? "" : " (values may now exceed it)")
                        : before == null ? "format `" + after + "` added"
                        : "format changed from `" + before + "` to `" + after + "`");
    }

    private void enumeration(OperationChanges op, Site site, String path, ChangedSchema cs) {
        ChangedEnum<?> en = cs.getEnumeration();
        if (en == null || !en.isChanged().isDifferent()) {
            return;
        }
        boolean request = site.request();
        List<?> oldValues = en.getOldValue() == null ? List.of() : en.getOldValue();
        List<?> newValues = en.getNewValue() == null ? List.of() : en.getNewValue();
        if (oldValues.isEmpty()) {
            op.at(site, request ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.ENUM_VALUE, path, null, false,
                    "now restricted to the values " + values(newValues));
            return;
        }
        if (newValues.isEmpty()) {
            op.at(site, request ? Verdict.COMPATIBLE : Verdict.BREAKING, Category.ENUM_VALUE, path, null, false,
                    "no longer restricted to the values " + values(oldValues));
            return;
        }
        for (Object v : en.getMissing()) {
            op.at(site, Verdict.BREAKING, Category.ENUM_VALUE, path, String.valueOf(v), false,
                    "enum value `" + v + "` removed");
        }
        for (Object v : en.getIncreased()) {
            op.at(site, Verdict.COMPATIBLE, Category.ENUM_VALUE, path, String.valueOf(v), false,
                    "enum value `" + v + "` added" + (request ? "" : " (clients must tolerate values they do not know)"));
        }
    }

    private void required(OperationChanges op, Site site, String path, ChangedSchema cs) {
        ChangedRequired req = cs.getRequired();
        if (req == null || !req.isChanged().isDifferent()) {
            return;
        }
        if (site.request()) {
            for (String name : req.getIncreased()) {
                boolean added = cs.getIncreasedProperties().containsKey(name);
                op.at(site, Verdict.BREAKING, Category.REQUEST_PROPERTY, join(path, name), null, true,
                        added ? "required property added" : "property is now required");
            }
            for (String name : req.getMissing()) {
                if (!cs.getMissingProperties().containsKey(name)) {
                    op.at(site, Verdict.COMPATIBLE, Category.REQUEST_PROPERTY, join(path, name), null, false,
                            "property is no longer required");
                }
            }
        } else {
            for (String name : req.getMissing()) {
                if (!cs.getMissingProperties().containsKey(name)) {
                    op.at(site, Verdict.BREAKING, Category.RESPONSE_PROPERTY, join(path, name), null, false,
                            "no longer always returned (dropped from `required`)");
                }
            }
            for (String name : req.getIncreased()) {
                op.at(site, Verdict.COMPATIBLE, Category.RESPONSE_PROPERTY, join(path, name), null, false,
                        "now always returned (added to `required`)");
            }
        }
    }

    private void constraint(OperationChanges op, Site site, String path, String name, Changed c, Schema<?> oldS, Schema<?> newS,
            Function<Schema<?>, Object> value) {
        if (c == null || !c.isChanged().isDifferent()) {
            return;
        }
        Object before = oldS == null ? null : value.apply(oldS);
        Object after = newS == null ? null : value.apply(newS);
        boolean incompatible = c.isChanged().isIncompatible();
        if (incompatible && onlyNarrowsWhatIsSafe(name, site, before, after)) {
            incompatible = false;
            reclassified++;
        }
        limit(op, site, path, name, before, after, incompatible);
    }

    /**
     * openapi-diff does not compare {@code minLength} at all ({@link IgnoredKeywords} calls this): a raised
     * minimum refuses requests that passed, a lowered one lets responses be shorter than clients expect.
     */
    static void minLength(OperationChanges op, Site site, String path, Schema<?> oldS, Schema<?> newS) {
        Integer before = oldS == null ? null : oldS.getMinLength();
        Integer after = newS == null ? null : newS.getMinLength();
        if (oldS == null || newS == null || Objects.equals(before, after)) {
            return;
        }
        boolean raised = (after == null ? 0 : after) > (before == null ? 0 : before);
        limit(op, site, path, "minLength", before, after, site.request() == raised);
    }

    private static void limit(OperationChanges op, Site site, String path, String name, Object before, Object after,
            boolean incompatible) {
        String what = before == null ? name + " `" + after + "` added"
                : after == null ? name + " `" + before + "` removed"
                : name + " changed from `" + before + "` to `" + after + "`";
        String why = !incompatible ? ""
                : site.request() ? " (requests valid before may now be refused)"
                : " (responses may now hold values clients did not expect)";
        op.at(site, incompatible ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.TYPE, path, null, false, what + why);
    }

    /**
     * openapi-diff calls any change of a value limit incompatible. A limit that appears where there was
     * none only narrows what the server sends (safe for a client reading a response), and a limit that
     * disappears only widens what the server accepts (safe for a client sending a request).
     */
    private static boolean onlyNarrowsWhatIsSafe(String name, Site site, Object before, Object after) {
        if (Set.of("nullable", "readOnly", "writeOnly").contains(name)) {
            return false;
        }
        return site.request() ? before != null && after == null : before == null && after != null;
    }

    private static String range(Object min, Object max) {
        return "[" + (min == null ? "" : min) + ".." + (max == null ? "" : max) + "]";
    }

    static String values(Collection<?> values) {
        return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String typeOf(Schema<?> s) {
        if (s == null) {
            return "none";
        }
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
