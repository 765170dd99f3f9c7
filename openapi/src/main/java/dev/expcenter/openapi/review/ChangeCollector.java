package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecChange.Usage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's model into {@link SpecChange}s, each judged by a {@link Rule} for its direction.
 *
 * <p>openapi-diff judges changes from the server's side in places (a property removed from a
 * response, say, is "compatible" there). We judge from the client's side: anything a client written
 * against the released spec relies on and can no longer rely on is breaking. Each part of openapi-diff's
 * model a rule judges is marked so; whatever openapi-diff calls incompatible that no rule judged is
 * reported as {@link Rule#UNCLASSIFIED}, so nothing it sees is lost. What openapi-diff does not see at
 * all, {@link IgnoredKeywords} finds by walking both specs.
 */
final class ChangeCollector {

    private final List<SpecChange> changes = new ArrayList<>();
    private final SchemaRules schemas = new SchemaRules();

    /**
     * @param oldApi the released spec, parsed apart from {@code diff} (openapi-diff folds {@code anyOf} and
     *     {@code allOf} into their parents in the models it compares)
     * @param newApi the working spec, likewise
     */
    static List<SpecChange> collect(ChangedOpenApi diff, OpenAPI oldApi, OpenAPI newApi) {
        ChangeCollector c = new ChangeCollector();
        for (Endpoint e : diff.getNewEndpoints()) {
            new OperationChanges(e.getMethod().name(), e.getPathUrl(), e.getOperation().getOperationId(), c.changes)
                    .request(Rule.ENDPOINT_ADDED, Category.OPERATION, null, Usage.NONE, "operation added");
        }
        for (Endpoint e : diff.getMissingEndpoints()) {
            boolean deprecated = Boolean.TRUE.equals(e.getOperation().getDeprecated());
            new OperationChanges(e.getMethod().name(), e.getPathUrl(), e.getOperation().getOperationId(), c.changes)
                    .request(deprecated ? Rule.DEPRECATED_ENDPOINT_REMOVED : Rule.ENDPOINT_REMOVED, Category.OPERATION, null,
                            Usage.OPERATION, deprecated ? "operation removed (it was deprecated)" : "operation removed");
        }
        for (ChangedOperation op : diff.getChangedOperations()) {
            c.operation(op, diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
        }
        IgnoredKeywords.collect(oldApi, newApi, c.changes);
        c.changes.sort(Comparator.comparing(SpecChange::path)
                .thenComparing(SpecChange::method)
                .thenComparing(SpecChange::verdict)
                .thenComparing(ch -> Objects.toString(ch.status(), ""))
                .thenComparing(ch -> Objects.toString(ch.field(), ""))
                .thenComparing(SpecChange::rule));
        return List.copyOf(c.changes);
    }

    private void operation(ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        OperationChanges op = new OperationChanges(changed, changes);
        op.judged(changed, changed.getSummary(), changed.getDescription(), changed.getExtensions());
        if (changed.isDeprecated()) {
            op.request(Rule.ENDPOINT_DEPRECATED, Category.OPERATION, null, Usage.NONE, "operation deprecated");
        }
        if (changed.getOperationId() != null && changed.getOperationId().isChanged().isDifferent()) {
            op.judged(changed.getOperationId());
            op.request(Rule.OPERATION_ID_CHANGED, Category.OPERATION, null, Usage.NONE,
                    "operationId renamed from `" + changed.getOperationId().getLeft() + "` to `"
                            + changed.getOperationId().getRight() + "` (same wire contract; generated client methods are renamed)");
        }
        parameters(op, changed.getParameters());
        requestBody(op, changed.getRequestBody());
        ResponseRules.responses(op, schemas, changed.getApiResponses());
        SecurityRules.security(op, changed, oldApi, newApi);

        if (op.unjudgedIncompatible(changed)) {
            op.request(Rule.UNCLASSIFIED, Category.OPERATION, null, Usage.OPERATION,
                    "openapi-diff reports an incompatible change this review does not classify");
        }
    }

    private void parameters(OperationChanges op, ChangedParameters params) {
        if (params == null) {
            return;
        }
        op.judged(params);
        for (Parameter p : params.getIncreased()) {
            String what = p.getIn() + " parameter `" + p.getName() + "`";
            if ("path".equals(p.getIn())) {
                continue; // a path template's variable: the template is the same (a rename is found by IgnoredKeywords)
            }
            boolean required = Boolean.TRUE.equals(p.getRequired());
            op.request(required ? Rule.NEW_REQUIRED_PARAMETER : Rule.NEW_OPTIONAL_PARAMETER, Category.PARAMETER, p.getName(),
                    required ? Usage.OPERATION : Usage.NONE, (required ? "required " : "optional ") + what + " added");
        }
        for (Parameter p : params.getMissing()) {
            String what = p.getIn() + " parameter `" + p.getName() + "`";
            op.request(Rule.PARAMETER_REMOVED, Category.PARAMETER, p.getName(), OperationChanges.usageOf(p), what + " removed");
        }
        for (ChangedParameter cp : params.getChanged()) {
            Parameter p = cp.getNewParameter();
            Site site = Site.parameter(p);
            op.judged(cp.getDescription(), cp.getExtensions());
            if (!cp.isChangeAllowEmptyValue() || Boolean.TRUE.equals(p.getAllowEmptyValue())) {
                op.judged(cp); // required, style and explode are judged below; refusing empty values is not
            }
            if (cp.isChangeRequired()) {
                boolean nowRequired = Boolean.TRUE.equals(p.getRequired());
                op.at(site, nowRequired ? Rule.PARAMETER_BECAME_REQUIRED : Rule.PARAMETER_BECAME_OPTIONAL, Category.PARAMETER,
                        "", null, nowRequired, nowRequired ? "now required" : "no longer required");
            }
            if (cp.isChangeStyle() || cp.isChangeExplode()) {
                op.at(site, Rule.PARAMETER_SERIALIZATION_CHANGED, Category.PARAMETER, "", null, false,
                        "serialization (style/explode) changed");
            }
            schemas.schema(op, site, "", cp.getSchema());
        }
    }

    private void requestBody(OperationChanges op, ChangedRequestBody rb) {
        if (rb == null) {
            return;
        }
        op.judged(rb, rb.getDescription(), rb.getExtensions());
        RequestBody oldBody = rb.getOldRequestBody();
        RequestBody newBody = rb.getNewRequestBody();
        if (oldBody == null && newBody != null) {
            boolean required = Boolean.TRUE.equals(newBody.getRequired());
            op.request(required ? Rule.REQUEST_BODY_ADDED_REQUIRED : Rule.REQUEST_BODY_ADDED_OPTIONAL, Category.REQUEST_BODY,
                    null, required ? Usage.OPERATION : Usage.NONE, (required ? "required" : "optional") + " request body added");
            op.judgedAll(rb);
            return;
        }
        if (newBody == null) {
            op.request(Rule.REQUEST_BODY_REMOVED, Category.REQUEST_BODY, null, Usage.OPERATION, "request body removed");
            op.judgedAll(rb);
            return;
        }
        if (rb.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(newBody.getRequired());
            op.request(required ? Rule.REQUEST_BODY_BECAME_REQUIRED : Rule.REQUEST_BODY_BECAME_OPTIONAL, Category.REQUEST_BODY,
                    null, required ? Usage.OPERATION : Usage.NONE,
                    required ? "request body now required" : "request body no longer required");
        }
        content(op, schemas, Site.requestBody(), rb.getContent());
    }

    /** Media types of a body (a request's or a response's): removed, added, and their schemas. */
    static void content(OperationChanges op, SchemaRules schemas, Site site, ChangedContent content) {
        if (content == null) {
            return;
        }
        op.judged(content);
        Category cat = site.request() ? Category.REQUEST_BODY : Category.RESPONSE_CODE;
        Direction d = site.direction();
        Usage usage = site.request() ? Usage.OPERATION : Usage.RESPONSE_STATUS;
        for (String type : content.getMissing().keySet()) {
            op.add(Rule.MEDIA_TYPE_REMOVED, d, cat, site.status(), null, type, usage,
                    site.describe(null) + ": media type `" + type + "` removed");
        }
        for (String type : content.getIncreased().keySet()) {
            op.add(Rule.MEDIA_TYPE_ADDED, d, cat, site.status(), null, type, Usage.NONE,
                    site.describe(null) + ": media type `" + type + "` added");
        }
        for (ChangedMediaType mt : content.getChanged().values()) {
            op.judged(mt, mt.getExamples(), mt.getExample());
            schemas.schema(op, site, "", mt.getSchema());
        }
    }
}
