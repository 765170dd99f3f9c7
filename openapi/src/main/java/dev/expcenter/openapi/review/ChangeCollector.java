package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Turns openapi-diff's model into {@link SpecChange}s with our own verdicts.
 *
 * <p>openapi-diff judges changes from the server's side in places (a property removed from a
 * response, say, is "compatible" there). We judge from the client's side: anything a client written
 * against the released spec relies on and can no longer rely on is breaking. Where we have no rule of
 * our own, openapi-diff's verdict stands (constraints such as maxLength, minimum, pattern, nullable).
 */
final class ChangeCollector {

    private final List<SpecChange> changes = new ArrayList<>();
    // Changes openapi-diff calls incompatible that onlyNarrowsWhatIsSafe shows are not.
    private int reclassified;

    static List<SpecChange> collect(ChangedOpenApi diff) {
        ChangeCollector c = new ChangeCollector();
        for (Endpoint e : diff.getNewEndpoints()) {
            c.changes.add(new SpecChange(Verdict.COMPATIBLE, Category.OPERATION, e.getMethod().name(), e.getPathUrl(),
                    e.getOperation().getOperationId(), null, null, null, Usage.NONE, "operation added"));
        }
        for (Endpoint e : diff.getMissingEndpoints()) {
            c.changes.add(new SpecChange(Verdict.BREAKING, Category.OPERATION, e.getMethod().name(), e.getPathUrl(),
                    e.getOperation().getOperationId(), null, null, null, Usage.OPERATION, "operation removed"));
        }
        for (ChangedOperation op : diff.getChangedOperations()) {
            c.operation(op, diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
        }
        c.changes.sort(Comparator.comparing(SpecChange::path)
                .thenComparing(SpecChange::method)
                .thenComparing(SpecChange::verdict)
                .thenComparing(ch -> Objects.toString(ch.status(), ""))
                .thenComparing(ch -> Objects.toString(ch.field(), "")));
        return List.copyOf(c.changes);
    }

    /** Where in an operation a schema sits. */
    private record Site(boolean request, String status, Parameter parameter) {
        static Site requestBody() {
            return new Site(true, null, null);
        }

        static Site response(String status) {
            return new Site(false, status, null);
        }

        static Site parameter(Parameter p) {
            return new Site(true, null, p);
        }

        String describe(String field) {
            if (parameter != null) {
                return parameter.getIn() + " parameter `" + parameter.getName() + "`";
            }
            String where = request ? "request body" : "response " + status;
            return field == null || field.isEmpty() ? where : where + " property `" + field + "`";
        }

        Category propertyCategory() {
            return parameter != null ? Category.PARAMETER : request ? Category.REQUEST_PROPERTY : Category.RESPONSE_PROPERTY;
        }
    }

    private final class Op {
        final ChangedOperation changed;
        final String method;
        final String path;
        final String operationId;

        Op(ChangedOperation changed) {
            this.changed = changed;
            this.method = changed.getHttpMethod().name();
            this.path = changed.getPathUrl();
            Operation o = changed.getNewOperation() != null ? changed.getNewOperation() : changed.getOldOperation();
            this.operationId = o == null ? null : o.getOperationId();
        }

        void add(Verdict v, Category cat, String status, String field, String value, Usage usage, String summary) {
            changes.add(new SpecChange(v, cat, method, path, operationId, status, field, value, usage, summary));
        }

        /** A change inside a schema: the field and usage follow from where the schema sits. */
        void at(Site site, Verdict v, Category cat, String field, String value, boolean absent, String what) {
            Parameter p = site.parameter();
            if (p != null) {
                Usage usage = switch (Objects.toString(p.getIn(), "")) {
                    case "query" -> Usage.QUERY_PARAMETER;
                    case "header" -> Usage.HEADER_PARAMETER;
                    case "path" -> Usage.OPERATION;
                    default -> Usage.NONE;
                };
                add(v, cat, null, p.getName(), value, usage, site.describe(field) + ": " + what);
                return;
            }
            Usage usage = site.request()
                    ? (absent ? Usage.REQUEST_FIELD_ABSENT : field.isEmpty() ? Usage.OPERATION : Usage.REQUEST_FIELD_PRESENT)
                    : (field.isEmpty() ? Usage.RESPONSE_STATUS : Usage.RESPONSE_FIELD_PRESENT);
            add(v, cat, site.status(), field.isEmpty() ? null : field, value, usage, site.describe(field) + ": " + what);
        }
    }

    private void operation(ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        Op op = new Op(changed);
        int before = changes.size();
        int reclassifiedBefore = reclassified;

        if (changed.isDeprecated()) {
            op.add(Verdict.COMPATIBLE, Category.OPERATION, null, null, null, Usage.NONE, "operation deprecated");
        }
        if (changed.getOperationId() != null && changed.getOperationId().isChanged().isDifferent()) {
            op.add(Verdict.COMPATIBLE, Category.OPERATION, null, null, null, Usage.NONE,
                    "operationId renamed from `" + changed.getOperationId().getLeft() + "` to `"
                            + changed.getOperationId().getRight() + "` (same wire contract; generated client methods are renamed)");
        }
        parameters(op, changed.getParameters());
        requestBody(op, changed.getRequestBody());
        responses(op, changed.getApiResponses());
        security(op, changed, oldApi, newApi);

        boolean ourBreaking = changes.subList(before, changes.size()).stream().anyMatch(SpecChange::breaking);
        if (!ourBreaking && reclassifiedBefore == reclassified && changed.isChanged().isIncompatible()) {
            op.add(Verdict.BREAKING, Category.OPERATION, null, null, null, Usage.OPERATION,
                    "openapi-diff reports an incompatible change this review does not classify");
        }
    }

    private void parameters(Op op, ChangedParameters params) {
        if (params == null) {
            return;
        }
        boolean pathParamAdded = params.getIncreased().stream().anyMatch(p -> "path".equals(p.getIn()));
        for (Parameter p : params.getIncreased()) {
            String what = p.getIn() + " parameter `" + p.getName() + "`";
            if ("path".equals(p.getIn())) {
                continue; // a path template's variable: reported (if at all) as a rename below
            }
            if (Boolean.TRUE.equals(p.getRequired())) {
                op.add(Verdict.BREAKING, Category.PARAMETER, null, p.getName(), null, Usage.OPERATION,
                        "required " + what + " added");
            } else {
                op.add(Verdict.COMPATIBLE, Category.PARAMETER, null, p.getName(), null, Usage.NONE,
                        "optional " + what + " added");
            }
        }
        for (Parameter p : params.getMissing()) {
            String what = p.getIn() + " parameter `" + p.getName() + "`";
            if ("path".equals(p.getIn()) && pathParamAdded) {
                op.add(Verdict.COMPATIBLE, Category.PARAMETER, null, p.getName(), null, Usage.NONE,
                        what + " renamed (same path template)");
                continue;
            }
            Usage usage = switch (Objects.toString(p.getIn(), "")) {
                case "query" -> Usage.QUERY_PARAMETER;
                case "header" -> Usage.HEADER_PARAMETER;
                case "path" -> Usage.OPERATION;
                default -> Usage.NONE;
            };
            op.add(Verdict.BREAKING, Category.PARAMETER, null, p.getName(), null, usage, what + " removed");
        }
        for (ChangedParameter cp : params.getChanged()) {
            Parameter p = cp.getNewParameter();
            Site site = Site.parameter(p);
            if (cp.isChangeRequired()) {
                boolean nowRequired = Boolean.TRUE.equals(p.getRequired());
                op.at(site, nowRequired ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.PARAMETER, "", null, false,
                        nowRequired ? "now required" : "no longer required");
            }
            if (cp.isChangeStyle() || cp.isChangeExplode()) {
                op.at(site, Verdict.BREAKING, Category.PARAMETER, "", null, false, "serialization (style/explode) changed");
            }
            schema(op, site, "", cp.getSchema(), new ArrayDeque<>());
        }
    }

    private void requestBody(Op op, ChangedRequestBody rb) {
        if (rb == null) {
            return;
        }
        RequestBody oldBody = rb.getOldRequestBody();
        RequestBody newBody = rb.getNewRequestBody();
        if (oldBody == null && newBody != null) {
            boolean required = Boolean.TRUE.equals(newBody.getRequired());
            op.add(required ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.REQUEST_BODY, null, null, null,
                    required ? Usage.OPERATION : Usage.NONE, (required ? "required" : "optional") + " request body added");
            return;
        }
        if (newBody == null) {
            op.add(Verdict.BREAKING, Category.REQUEST_BODY, null, null, null, Usage.OPERATION, "request body removed");
            return;
        }
        if (rb.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(newBody.getRequired());
            op.add(required ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.REQUEST_BODY, null, null, null,
                    required ? Usage.OPERATION : Usage.NONE,
                    required ? "request body now required" : "request body no longer required");
        }
        content(op, Site.requestBody(), rb.getContent());
    }

    private void responses(Op op, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        for (String code : responses.getMissing().keySet()) {
            op.add(Verdict.BREAKING, Category.RESPONSE_CODE, code, null, null, Usage.RESPONSE_STATUS,
                    "response " + code + " removed");
        }
        for (String code : responses.getIncreased().keySet()) {
            op.add(Verdict.COMPATIBLE, Category.RESPONSE_CODE, code, null, null, Usage.NONE, "response " + code + " added");
        }
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            Site site = Site.response(e.getKey());
            content(op, site, e.getValue().getContent());
            headers(op, e.getKey(), e.getValue().getHeaders());
        }
    }

    private void headers(Op op, String status, ChangedHeaders headers) {
        if (headers == null) {
            return;
        }
        for (String name : headers.getMissing().keySet()) {
            op.add(Verdict.BREAKING, Category.RESPONSE_HEADER, status, name, null, Usage.RESPONSE_STATUS,
                    "response " + status + " header `" + name + "` removed");
        }
        for (Map.Entry<String, Header> e : headers.getIncreased().entrySet()) {
            op.add(Verdict.COMPATIBLE, Category.RESPONSE_HEADER, status, e.getKey(), null, Usage.NONE,
                    "response " + status + " header `" + e.getKey() + "` added");
        }
        for (Map.Entry<String, ChangedHeader> e : headers.getChanged().entrySet()) {
            boolean incompatible = e.getValue().isChanged().isIncompatible();
            if (e.getValue().isChanged().isDifferent()) {
                op.add(incompatible ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.RESPONSE_HEADER, status, e.getKey(),
                        null, incompatible ? Usage.RESPONSE_STATUS : Usage.NONE,
                        "response " + status + " header `" + e.getKey() + "` changed");
            }
        }
    }

    private void content(Op op, Site site, ChangedContent content) {
        if (content == null) {
            return;
        }
        Category cat = site.request() ? Category.REQUEST_BODY : Category.RESPONSE_CODE;
        for (String type : content.getMissing().keySet()) {
            op.add(Verdict.BREAKING, cat, site.status(), null, null,
                    site.request() ? Usage.OPERATION : Usage.RESPONSE_STATUS,
                    site.describe(null) + ": media type `" + type + "` removed");
        }
        for (String type : content.getIncreased().keySet()) {
            op.add(Verdict.COMPATIBLE, cat, site.status(), null, null, Usage.NONE,
                    site.describe(null) + ": media type `" + type + "` added");
        }
        for (ChangedMediaType mt : content.getChanged().values()) {
            schema(op, site, "", mt.getSchema(), new ArrayDeque<>());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void schema(Op op, Site site, String path, ChangedSchema cs, Deque<ChangedSchema> stack) {
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

    private void schemaHere(Op op, Site site, String path, ChangedSchema cs, Deque<ChangedSchema> stack) {
        boolean request = site.request();
        Schema<?> oldS = cs.getOldSchema();
        Schema<?> newS = cs.getNewSchema();
        String nothing = null;

        if (oldS != null && newS == null) {
            op.at(site, Verdict.BREAKING, site.propertyCategory(), path, nothing, false, "schema removed");
            return;
        }
        if (cs.isChangedType()) {
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

    private void enumeration(Op op, Site site, String path, ChangedSchema cs) {
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

    private void required(Op op, Site site, String path, ChangedSchema cs) {
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

    private void constraint(Op op, Site site, String path, String name, Changed c, Schema<?> oldS, Schema<?> newS,
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
        op.at(site, incompatible ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.TYPE, path, null, false,
                name + " changed from `" + before + "` to `" + after + "`" + (incompatible ? " (narrower for clients)" : ""));
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

    private void security(Op op, ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        Set<String> before = scopes(changed.getOldOperation(), oldApi);
        Set<String> after = scopes(changed.getNewOperation(), newApi);
        if (before.equals(after)) {
            return;
        }
        boolean narrower = !before.containsAll(after);
        op.add(narrower ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.SECURITY, null, null, null,
                narrower ? Usage.OPERATION : Usage.NONE,
                "required scopes changed from " + values(before) + " to " + values(after)
                        + (narrower ? " (tokens with the old scopes now get 403)" : ""));
    }

    private static Set<String> scopes(Operation o, OpenAPI api) {
        List<SecurityRequirement> reqs = o != null && o.getSecurity() != null ? o.getSecurity() : api.getSecurity();
        Set<String> out = new TreeSet<>();
        if (reqs != null) {
            for (SecurityRequirement r : reqs) {
                r.forEach((scheme, scopes) -> {
                    if (scopes == null || scopes.isEmpty()) {
                        out.add(scheme);
                    } else {
                        scopes.forEach(s -> out.add(scheme + ":" + s));
                    }
                });
            }
        }
        return out;
    }

    private static String range(Object min, Object max) {
        return "[" + (min == null ? "" : min) + ".." + (max == null ? "" : max) + "]";
    }

    private static String values(Collection<?> values) {
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
