package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What openapi-diff does not compare at all, so that no change of it reaches {@link SchemaRules}:
 * {@code minLength}, and the {@code default} of a parameter. Both specs are walked operation by
 * operation (request body, parameters, success responses), through {@code $ref}s.
 */
final class IgnoredKeywords {
    private final OpenAPI oldApi;
    private final OpenAPI newApi;
    private final List<SpecChange> changes;

    private IgnoredKeywords(OpenAPI oldApi, OpenAPI newApi, List<SpecChange> changes) {
        this.oldApi = oldApi;
        this.newApi = newApi;
        this.changes = changes;
    }

    static void collect(OpenAPI oldApi, OpenAPI newApi, List<SpecChange> changes) {
        if (oldApi.getPaths() == null || newApi.getPaths() == null) {
            return;
        }
        IgnoredKeywords walk = new IgnoredKeywords(oldApi, newApi, changes);
        oldApi.getPaths().forEach((path, oldItem) -> {
            PathItem newItem = newApi.getPaths().get(path);
            if (newItem != null) {
                oldItem.readOperationsMap().forEach((method, oldOp) -> {
                    Operation newOp = newItem.readOperationsMap().get(method);
                    if (newOp != null) {
                        walk.operation(new OperationChanges(method.name(), path, newOp.getOperationId(), changes),
                                oldOp, newOp);
                    }
                });
            }
        });
    }

    private void operation(OperationChanges op, Operation oldOp, Operation newOp) {
        for (Parameter declared : newOp.getParameters() == null ? List.<Parameter>of() : newOp.getParameters()) {
            Parameter p = resolve(newApi, declared);
            Parameter before = find(oldApi, oldOp.getParameters(), p);
            if (before != null) {
                Site site = Site.parameter(p);
                Object oldDefault = resolve(oldApi, before.getSchema()) == null ? null : resolve(oldApi, before.getSchema()).getDefault();
                Object newDefault = resolve(newApi, p.getSchema()) == null ? null : resolve(newApi, p.getSchema()).getDefault();
                if (!Objects.equals(String.valueOf(oldDefault), String.valueOf(newDefault))) {
                    op.add(Verdict.BREAKING, Category.PARAMETER, null, p.getName(), null, Usage.OPERATION,
                            site.describe(null) + ": " + (oldDefault == null ? "default `" + newDefault + "` added"
                                    : newDefault == null ? "default `" + oldDefault + "` removed"
                                    : "default changed from `" + oldDefault + "` to `" + newDefault + "`")
                                    + " (clients that leave it out now get another answer)");
                }
                schema(op, site, "", before.getSchema(), p.getSchema(), new HashSet<>());
            }
        }
        if (oldOp.getRequestBody() != null && newOp.getRequestBody() != null) {
            schema(op, Site.requestBody(), "", json(oldOp.getRequestBody().getContent()),
                    json(newOp.getRequestBody().getContent()), new HashSet<>());
        }
        if (oldOp.getResponses() != null && newOp.getResponses() != null) {
            oldOp.getResponses().forEach((status, oldResponse) -> {
                ApiResponse newResponse = newOp.getResponses().get(status);
                if (status.startsWith("2") && newResponse != null) {
                    schema(op, Site.response(status), "", json(resolve(oldApi, oldResponse).getContent()),
                            json(resolve(newApi, newResponse).getContent()), new HashSet<>());
                }
            });
        }
    }

    private void schema(OperationChanges op, Site site, String path, Schema<?> oldRef, Schema<?> newRef, Set<String> seen) {
        Schema<?> oldS = resolve(oldApi, oldRef);
        Schema<?> newS = resolve(newApi, newRef);
        if (oldS == null || newS == null || !seen.add(path + "|" + oldRef.get$ref() + "|" + newRef.get$ref())) {
            return;
        }
        SchemaRules.minLength(op, site, path, oldS, newS);
        Map<String, Schema> oldProps = oldS.getProperties();
        Map<String, Schema> newProps = newS.getProperties();
        if (oldProps != null && newProps != null) {
            oldProps.forEach((name, p) -> schema(op, site, SchemaRules.join(path, name), p, newProps.get(name), seen));
        }
        schema(op, site, path + "[]", oldS.getItems(), newS.getItems(), seen);
        if (oldS.getAdditionalProperties() instanceof Schema<?> a && newS.getAdditionalProperties() instanceof Schema<?> b) {
            schema(op, site, SchemaRules.join(path, "*"), a, b, seen);
        }
    }

    private static Schema<?> json(Content content) {
        MediaType json = content == null ? null : content.get("application/json");
        return json == null ? null : json.getSchema();
    }

    private static Parameter find(OpenAPI api, List<Parameter> parameters, Parameter p) {
        return parameters == null ? null : parameters.stream().map(q -> resolve(api, q))
                .filter(q -> Objects.equals(q.getName(), p.getName()) && Objects.equals(q.getIn(), p.getIn()))
                .findFirst().orElse(null);
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> s) {
        for (int hops = 0; s != null && s.get$ref() != null && hops < 32; hops++) {
            s = api.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
        }
        return s;
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p
                : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse r) {
        return r.get$ref() == null ? r
                : api.getComponents().getResponses().get(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1));
    }
}
