package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import dev.expcenter.stub.auth.ScopeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The spec's operations: by method and path template (what Jersey matched), by operationId, and, for
 * requests Jersey matched to no template of the spec (the example catch-all, answers given before
 * matching), by method and concrete path, literal templates winning over templated ones.
 */
public final class OperationIndex {
    private final List<SpecOperation> operations;
    private final Map<String, SpecOperation> byRoute;
    private final Map<String, SpecOperation> byId;

    private OperationIndex(List<SpecOperation> operations) {
        this.operations = List.copyOf(operations);
        Map<String, SpecOperation> routes = new HashMap<>();
        Map<String, SpecOperation> ids = new HashMap<>();
        for (SpecOperation op : operations) {
            routes.putIfAbsent(op.method() + " " + op.template(), op);
            ids.putIfAbsent(op.operationId(), op);
        }
        this.byRoute = Map.copyOf(routes);
        this.byId = Map.copyOf(ids);
    }

    static OperationIndex of(OpenAPI api) {
        List<SpecOperation> operations = new ArrayList<>();
        SchemaCompiler compiler = new SchemaCompiler(api);
        // The stub reads its packaged spec's scopes through the same catalog.
        ScopeCatalog scopes = ScopeCatalog.of(api);
        if (api.getPaths() != null) {
            api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.add(operation(compiler, scopes, method, template, item, operation))));
        }
        operations.sort(Comparator.comparingInt(SpecOperation::literalChars).reversed());
        return new OperationIndex(operations);
    }

    /** The operation at a method and path template exactly as the spec writes it, e.g. {@code GET /experimentation/experiments/{id}}. */
    public Optional<SpecOperation> at(String method, String template) {
        return Optional.ofNullable(byRoute.get(method + " " + template));
    }

    /**
     * The operation for a method and a concrete path relative to the base, e.g.
     * {@code /experimentation/experiments/exp_1}: a walk over every operation's template, for requests
     * Jersey did not match to one of the spec's templates. Methods are case-sensitive (RFC 9110):
     * {@code get} is not {@code GET}, and the servers answer it 405.
     */
    public Optional<SpecOperation> find(String method, String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return operations.stream()
                .filter(op -> op.method().equals(method) && op.matches(normalized))
                .findFirst();
    }

    /** The methods the spec declares on the path matching {@code path}, in spec order. */
    public List<String> methodsAt(String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return operations.stream().filter(op -> op.matches(normalized)).map(SpecOperation::method).distinct().toList();
    }

    /** The operation with this id. */
    public Optional<SpecOperation> byId(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    /** Every operation, most literal template first. */
    public List<SpecOperation> all() {
        return operations;
    }

    private static SpecOperation operation(SchemaCompiler compiler, ScopeCatalog scopes, PathItem.HttpMethod method,
                                           String template, PathItem item, Operation operation) {
        String name = method.name().toUpperCase(Locale.ROOT);
        String id = operation.getOperationId() != null ? operation.getOperationId() : name + " " + template;
        List<SpecResponse> responses = new ArrayList<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.matches("\\d{3}")) {
                    responses.add(new SpecResponse(Integer.parseInt(status), examples(response)));
                }
            });
        }
        SpecOperation.Security security = new SpecOperation.Security(scopes.requiredScopes(id), scopes.isPublic(id));
        return new SpecOperation(name, template, id, security, responses,
                OperationRules.compile(compiler, name, template, item, operation));
    }

    /** Named examples of the JSON content, else its lone {@code example}, else the schema's. */
    private static List<SpecExample> examples(ApiResponse response) {
        MediaType media = json(response.getContent());
        List<SpecExample> examples = new ArrayList<>();
        if (media == null) {
            return examples;
        }
        if (media.getExamples() != null) {
            for (Map.Entry<String, Example> entry : media.getExamples().entrySet()) {
                examples.add(new SpecExample(entry.getKey(), toJson(entry.getValue().getValue())));
            }
        }
        if (examples.isEmpty() && media.getExample() != null) {
            examples.add(new SpecExample("", toJson(media.getExample())));
        }
        if (examples.isEmpty() && media.getSchema() != null && media.getSchema().getExample() != null) {
            examples.add(new SpecExample("", toJson(media.getSchema().getExample())));
        }
        return examples;
    }

    private static MediaType json(io.swagger.v3.oas.models.media.Content content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        MediaType exact = content.get("application/json");
        if (exact != null) {
            return exact;
        }
        return content.entrySet().stream().filter(e -> e.getKey().contains("json"))
                .map(Map.Entry::getValue).findFirst().orElse(content.values().iterator().next());
    }

    private static JsonNode toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        return io.swagger.v3.core.util.Json.mapper().valueToTree(value);
    }

    @Override
    public String toString() {
        return operations.size() + " operations";
    }
}
