package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
import org.openapitools.openapidiff.core.model.Endpoint;

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
    private final SchemaRules schemas = new SchemaRules();

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
        IgnoredKeywords.collect(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi(), c.changes);
        c.changes.sort(Comparator.comparing(SpecChange::path)
                .thenComparing(SpecChange::method)
                .thenComparing(SpecChange::verdict)
                .thenComparing(ch -> Objects.toString(ch.status(), ""))
                .thenComparing(ch -> Objects.toString(ch.field(), "")));
        return List.copyOf(c.changes);
    }

    private void operation(ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        OperationChanges op = new OperationChanges(changed, changes);
        int before = changes.size();
        int reclassifiedBefore = schemas.reclassified();

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
        if (!ourBreaking && reclassifiedBefore == schemas.reclassified() && changed.isChanged().isIncompatible()
                && !onlySchemesRenamed(changed, oldApi, newApi)) {
            op.add(Verdict.BREAKING, Category.OPERATION, null, null, null, Usage.OPERATION,
                    "openapi-diff reports an incompatible change this review does not classify");
        }
    }

    private void parameters(OperationChanges op, ChangedParameters params) {
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
            op.add(Verdict.BREAKING, Category.PARAMETER, null, p.getName(), null, OperationChanges.usageOf(p),
                    what + " removed");
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
            schemas.schema(op, site, "", cp.getSchema());
        }
    }

    private void requestBody(OperationChanges op, ChangedRequestBody rb) {
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

    private void responses(OperationChanges op, ChangedApiResponse responses) {
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

    private void headers(OperationChanges op, String status, ChangedHeaders headers) {
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

    private void content(OperationChanges op, Site site, ChangedContent content) {
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
            schemas.schema(op, site, "", mt.getSchema());
        }
    }

    /**
     * Scopes are what a token must carry, whatever the scheme is called: a renamed scheme with the same
     * scopes sends the same {@code Authorization} header, so it is reported apart, as compatible.
     */
    private void security(OperationChanges op, ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        List<SecurityRequirement> oldReqs = requirements(changed.getOldOperation(), oldApi);
        List<SecurityRequirement> newReqs = requirements(changed.getNewOperation(), newApi);
        Set<String> before = scopes(oldReqs);
        Set<String> after = scopes(newReqs);
        if (!before.equals(after)) {
            boolean narrower = !before.containsAll(after);
            op.add(narrower ? Verdict.BREAKING : Verdict.COMPATIBLE, Category.SECURITY, null, null, null,
                    narrower ? Usage.OPERATION : Usage.NONE,
                    "required scopes changed from " + SchemaRules.values(before) + " to " + SchemaRules.values(after)
                            + (narrower ? " (tokens with the old scopes now get 403)" : ""));
        }
        Set<String> oldSchemes = schemes(oldReqs);
        Set<String> newSchemes = schemes(newReqs);
        if (!oldSchemes.equals(newSchemes)) {
            op.add(Verdict.COMPATIBLE, Category.SECURITY, null, null, null, Usage.NONE,
                    "security schemes changed from " + SchemaRules.values(oldSchemes) + " to "
                            + SchemaRules.values(newSchemes) + " (the same bearer token on the wire; generated "
                            + "clients configure the new scheme names)");
        }
    }

    /** openapi-diff calls any change of the security requirements incompatible, a renamed scheme too. */
    private static boolean onlySchemesRenamed(ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        boolean restCompatible = Stream.of(changed.getParameters(), changed.getRequestBody(), changed.getApiResponses())
                .allMatch(part -> part == null || !part.isChanged().isIncompatible());
        return restCompatible && scopes(requirements(changed.getOldOperation(), oldApi))
                .equals(scopes(requirements(changed.getNewOperation(), newApi)));
    }

    private static List<SecurityRequirement> requirements(Operation o, OpenAPI api) {
        List<SecurityRequirement> reqs = o != null && o.getSecurity() != null ? o.getSecurity() : api.getSecurity();
        return reqs == null ? List.of() : reqs;
    }

    private static Set<String> scopes(List<SecurityRequirement> reqs) {
        Set<String> out = new TreeSet<>();
        reqs.forEach(r -> r.values().forEach(scopes -> {
            if (scopes != null) {
                out.addAll(scopes);
            }
        }));
        return out;
    }

    private static Set<String> schemes(List<SecurityRequirement> reqs) {
        Set<String> out = new TreeSet<>();
        reqs.forEach(r -> out.addAll(r.keySet()));
        return out;
    }
}
