package dev.expcenter.openapi.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What openapi-diff does not see, walked in both specs operation by operation (parameters, request body,
 * success responses), through {@code $ref}s:
 * <ul>
 *   <li>{@code minLength}, which it does not compare;
 *   <li>{@code default}, which it compares but weighs as nothing (of parameters and properties alike);
 *   <li>{@code oneOf} and {@code anyOf} branches added or removed: it folds {@code anyOf} into the parent
 *       as if it were {@code allOf}, and keys inline {@code oneOf} branches by their position;
 *   <li>path variables renamed ({@code {id}} to {@code {experiment_id}}): it matches the operations and says nothing.
 * </ul>
 * The specs must be parsed apart from openapi-diff's, which it changes as it compares them.
 */
final class IgnoredKeywords {
    private final OpenAPI oldApi;
    private final OpenAPI newApi;

    private IgnoredKeywords(OpenAPI oldApi, OpenAPI newApi) {
        this.oldApi = oldApi;
        this.newApi = newApi;
    }

    static void collect(OpenAPI oldApi, OpenAPI newApi, List<SpecChange> changes) {
        if (oldApi.getPaths() == null || newApi.getPaths() == null) {
            return;
        }
        IgnoredKeywords walk = new IgnoredKeywords(oldApi, newApi);
        Map<String, String> newByShape = new HashMap<>();
        newApi.getPaths().keySet().stream().filter(p -> !oldApi.getPaths().containsKey(p))
                .forEach(p -> newByShape.putIfAbsent(shape(p), p));
        oldApi.getPaths().forEach((path, oldItem) -> {
            String newPath = newApi.getPaths().containsKey(path) ? path : newByShape.get(shape(path));
            PathItem newItem = newPath == null ? null : newApi.getPaths().get(newPath);
            if (newItem != null) {
                Map<String, String> renamed = renamed(path, newPath);
                oldItem.readOperationsMap().forEach((method, oldOp) -> {
                    Operation newOp = newItem.readOperationsMap().get(method);
                    if (newOp != null) {
                        // named by the released path, as openapi-diff names a changed operation
                        OperationChanges op = new OperationChanges(method.name(), path, newOp.getOperationId(), changes);
                        renamed.forEach((newName, oldName) -> op.request(Rule.PATH_PARAMETER_RENAMED, Category.PARAMETER,
                                oldName, Usage.NONE, "path parameter `" + oldName + "` renamed to `" + newName
                                        + "` (same path on the wire: " + newPath + ")"));
                        walk.operation(op, oldOp, newOp, renamed);
                    }
                });
            }
        });
    }

    /** {@code /experiments/{}}: a path template without its variables' names, which are not on the wire. */
    static String shape(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    /** The path variables renamed between two templates of the same shape: new name to old name. */
    private static Map<String, String> renamed(String oldPath, String newPath) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = VARIABLE.matcher(oldPath);
        Matcher b = VARIABLE.matcher(newPath);
        while (a.find() && b.find()) {
            if (!a.group(1).equals(b.group(1))) {
                out.put(b.group(1), a.group(1));
            }
        }
        return out;
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    private void operation(OperationChanges op, Operation oldOp, Operation newOp, Map<String, String> renamed) {
        for (Parameter declared : newOp.getParameters() == null ? List.<Parameter>of() : newOp.getParameters()) {
            Parameter p = resolve(newApi, declared);
            String oldName = "path".equals(p.getIn()) ? renamed.getOrDefault(p.getName(), p.getName()) : p.getName();
            Parameter before = find(oldApi, oldOp.getParameters(), oldName, p.getIn());
            if (before != null) {
                schema(op, Site.parameter(p), "", before.getSchema(), p.getSchema(), new HashSet<>());
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
        if (oldS == null || newS == null
                || !seen.add(path + "|" + System.identityHashCode(oldS) + "|" + System.identityHashCode(newS))) {
            return;
        }
        LimitRules.minLength(op, site, path, oldS, newS);
        defaults(op, site, path, oldS.getDefault(), newS.getDefault());
        branches(op, site, path, "oneOf", oldS.getOneOf(), newS.getOneOf(), seen);
        branches(op, site, path, "anyOf", oldS.getAnyOf(), newS.getAnyOf(), seen);
        branches(op, site, path, "allOf", oldS.getAllOf(), newS.getAllOf(), seen);
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

    /** A default is what the server assumes when a client leaves the value out, or what a client assumes when a response does. */
    private static void defaults(OperationChanges op, Site site, String path, Object before, Object after) {
        if (Objects.equals(String.valueOf(before), String.valueOf(after))) {
            return;
        }
        String what = before == null ? "default `" + show(after) + "` added"
                : after == null ? "default `" + show(before) + "` removed"
                : "default changed from `" + show(before) + "` to `" + show(after) + "`";
        Rule rule = before == null ? Rule.DEFAULT_ADDED : after == null ? Rule.DEFAULT_REMOVED : Rule.DEFAULT_CHANGED;
        op.at(site, rule, site.parameter() != null ? Category.PARAMETER : Category.TYPE, path, null, true,
                what + (site.request() ? " (clients that leave it out now get another answer)"
                        : " (generated clients fill it in when the field is absent)"));
    }

    private static String show(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    /**
     * Branches of a composition, each known by its {@code $ref} or, inline, by its whole text: one in the new
     * spec only was added, one in the old only was removed (an inline branch edited is both). Branches in both
     * are walked on. A composition that appears or disappears is a type change openapi-diff reports.
     */
    private void branches(OperationChanges op, Site site, String path, String keyword, List<Schema> oldList,
            List<Schema> newList, Set<String> seen) {
        if (oldList == null || newList == null || oldList.isEmpty() || newList.isEmpty()) {
            return;
        }
        Map<String, Schema> before = byIdentity(oldList);
        Map<String, Schema> after = byIdentity(newList);
        boolean oneOf = keyword.equals("oneOf");
        before.forEach((id, branch) -> {
            if (after.containsKey(id)) {
                schema(op, site, path, branch, after.get(id), seen);
            } else if (!keyword.equals("allOf")) {
                op.at(site, oneOf ? Rule.ONE_OF_REMOVED : Rule.ANY_OF_REMOVED, Category.TYPE, path, null, false,
                        keyword + " branch " + id + " removed");
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id) && !keyword.equals("allOf")).forEach(id ->
                op.at(site, oneOf ? Rule.ONE_OF_ADDED : Rule.ANY_OF_ADDED, Category.TYPE, path, null, false,
                        keyword + " branch " + id + " added"));
    }

    private static Map<String, Schema> byIdentity(List<Schema> branches) {
        Map<String, Schema> out = new LinkedHashMap<>();
        for (Schema<?> b : branches) {
            String id;
            try {
                id = b.get$ref() != null ? refName(b.get$ref())
                        : Json.mapper().writeValueAsString(b);
            } catch (JsonProcessingException e) {
                id = String.valueOf(b);
            }
            out.put("`" + id + "`", b);
        }
        return out;
    }

    private static Schema<?> json(Content content) {
        MediaType json = content == null ? null : content.get("application/json");
        return json == null ? null : json.getSchema();
    }

    private static Parameter find(OpenAPI api, List<Parameter> parameters, String name, String in) {
        return parameters == null ? null : parameters.stream().map(q -> resolve(api, q))
                .filter(q -> Objects.equals(q.getName(), name) && Objects.equals(q.getIn(), in))
                .findFirst().orElse(null);
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> s) {
        for (int hops = 0; s != null && s.get$ref() != null && hops < 32; hops++) {
            s = api.getComponents().getSchemas().get(refName(s.get$ref()));
        }
        return s;
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p
                : api.getComponents().getParameters().get(refName(p.get$ref()));
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse r) {
        return r.get$ref() == null ? r
                : api.getComponents().getResponses().get(refName(r.get$ref()));
    }
}
