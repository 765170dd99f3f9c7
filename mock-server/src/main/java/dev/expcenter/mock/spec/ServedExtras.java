package dev.expcenter.mock.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the served spec differs from the packaged one the stub's models were compiled from, per
 * operation both declare: body properties the models do not know, response properties to add, fill or
 * drop, and query enum values the engine does not know. Computed once per spec load; the packaged spec
 * served as it is gives {@link #NONE}, so the mock then does no extra work per request.
 */
final class ServedExtras {
    static final ServedExtras NONE = new ServedExtras(Map.of());
    private static final Logger LOG = LoggerFactory.getLogger(ServedExtras.class);

    private final Map<String, OperationExtras> byOperation;

    private ServedExtras(Map<String, OperationExtras> byOperation) {
        this.byOperation = Map.copyOf(byOperation);
    }

    /** The differences of {@code served}, whose text is {@code text}, from the packaged spec. */
    static ServedExtras of(String text, OpenAPI served) {
        if (text.equals(Packaged.TEXT)) {
            return NONE;
        }
        try {
            return compare(served);
        } catch (RuntimeException e) {
            // A shape this comparison does not foresee must not cost the reviewer the reload itself.
            LOG.warn("The served spec's differences from the packaged one are not applied: {}", e.toString());
            return NONE;
        }
    }

    private static ServedExtras compare(OpenAPI served) {
        Map<String, OperationExtras> found = new HashMap<>();
        Map<String, Operation> packaged = operations(PackagedModel.API);
        operations(served).forEach((key, operation) -> {
            Operation compiled = packaged.get(key);
            if (compiled != null) {
                OperationExtras extras = compare(operation, compiled);
                if (!extras.isEmpty()) {
                    found.put(key, extras);
                }
            }
        });
        return found.isEmpty() ? NONE : new ServedExtras(found);
    }

    /** What differs for {@code operation}, or null when nothing does (always null for {@link #NONE}). */
    OperationExtras of(SpecOperation operation) {
        return byOperation.isEmpty() ? null : byOperation.get(operation.method() + " " + operation.template());
    }

    private static OperationExtras compare(Operation served, Operation packaged) {
        Set<String> body = new LinkedHashSet<>();
        Schema<?> servedBody = served.getRequestBody() == null ? null : json(served.getRequestBody().getContent());
        Schema<?> packagedBody = packaged.getRequestBody() == null ? null : json(packaged.getRequestBody().getContent());
        if (servedBody != null && packagedBody != null) {
            body.addAll(names(servedBody));
            body.removeAll(names(packagedBody));
        }
        Map<Integer, ResponseShape> responses = new HashMap<>();
        Schema<?> firstSuccess = null;
        if (served.getResponses() != null) {
            for (var entry : served.getResponses().entrySet()) {
                if (!entry.getKey().matches("\\d{3}")) {
                    continue;
                }
                int status = Integer.parseInt(entry.getKey());
                var compiled = packaged.getResponses() == null ? null : packaged.getResponses().get(entry.getKey());
                Schema<?> servedSchema = json(entry.getValue().getContent());
                Schema<?> packagedSchema = compiled == null ? null : json(compiled.getContent());
                if (servedSchema == null || packagedSchema == null) {
                    continue;
                }
                if (status / 100 == 2 && firstSuccess == null) {
                    firstSuccess = servedSchema;
                }
                ResponseShape shape = ResponseShape.compare(servedSchema, packagedSchema);
                if (!shape.isEmpty()) {
                    responses.put(status, shape);
                }
            }
        }
        Map<String, Set<String>> newValues = new LinkedHashMap<>();
        Map<String, Parameter> packagedQuery = query(packaged);
        query(served).forEach((name, parameter) -> {
            Parameter compiled = packagedQuery.get(name);
            List<?> servedEnum = parameter.getSchema() == null ? null : parameter.getSchema().getEnum();
            if (compiled == null || servedEnum == null || compiled.getSchema() == null || compiled.getSchema().getEnum() == null) {
                return;
            }
            Set<String> values = new LinkedHashSet<>();
            servedEnum.forEach(v -> values.add(String.valueOf(v)));
            compiled.getSchema().getEnum().forEach(v -> values.remove(String.valueOf(v)));
            if (!values.isEmpty()) {
                newValues.put(name, Set.copyOf(values));
            }
        });
        return new OperationExtras(Set.copyOf(body), Map.copyOf(responses), Map.copyOf(newValues),
                newValues.isEmpty() || firstSuccess == null ? null : ResponseShape.emptyPage(firstSuccess));
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new HashMap<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.put(method.name() + " " + template, operation)));
        }
        return operations;
    }

    private static Map<String, Parameter> query(Operation operation) {
        Map<String, Parameter> query = new HashMap<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "query".equals(p.getIn())).forEach(p -> query.put(p.getName(), p));
        }
        return query;
    }

    static Set<String> names(Schema<?> schema) {
        return schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
    }

    /** The JSON content's schema, or null. */
    private static Schema<?> json(Content content) {
        if (content == null) {
            return null;
        }
        MediaType media = content.get("application/json");
        return media == null ? null : media.getSchema();
    }

    /**
     * What the served spec adds to one operation.
     *
     * @param body top-level request body properties the stub's model does not know
     * @param responses per status, how the stub's answer becomes the served spec's
     * @param newFilterValues per query parameter, enum values the engine does not know
     * @param emptyPage the first 2xx answer with no items, for a filter value nothing can have
     */
    record OperationExtras(Set<String> body, Map<Integer, ResponseShape> responses,
                           Map<String, Set<String>> newFilterValues, com.fasterxml.jackson.databind.JsonNode emptyPage) {
        boolean isEmpty() {
            return body.isEmpty() && responses.isEmpty() && newFilterValues.isEmpty();
        }

        /** The shape for a status, or null when the stub's answer already is the served spec's. */
        ResponseShape response(int status) {
            return responses.get(status);
        }

        /** The first query parameter sent with a value the engine does not know, or null. */
        String unknownFilter(Map<String, List<String>> query) {
            for (var entry : newFilterValues.entrySet()) {
                List<String> sent = query.get(entry.getKey());
                if (sent != null && sent.stream().anyMatch(entry.getValue()::contains)) {
                    return entry.getKey();
                }
            }
            return null;
        }
    }

    private static final class Packaged {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = ServedExtras.class.getClassLoader().getResourceAsStream(SpecSource.CLASSPATH_RESOURCE)) {
                return new String(Objects.requireNonNull(in, SpecSource.CLASSPATH_RESOURCE).readAllBytes(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Parsed only when a served spec differs from the packaged one (a {@code --spec} file). */
    private static final class PackagedModel {
        static final OpenAPI API = parse();

        private static OpenAPI parse() {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            return new OpenAPIV3Parser().readContents(Packaged.TEXT, null, options).getOpenAPI();
        }
    }
}
