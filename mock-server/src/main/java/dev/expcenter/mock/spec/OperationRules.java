package dev.expcenter.mock.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one operation accepts and answers, compiled once per spec version: the schema of every
 * path, query and header parameter, of the request body and of each declared response's body and
 * headers. The mock checks each request and response against it.
 */
final class OperationRules {
    /** Where a request problem is: it decides the Auth0 errorCode. */
    enum Part { PATH, QUERY, HEADER, BODY }

    /** The first problem of a request: where, what is wrong, and the property (or parameter) it is on. */
    record RequestProblem(Part part, String what, String property) {
    }

    private record Param(String name, String in, boolean required, Schema schema, String type, int segment) {
    }

    private record Body(boolean required, Map<String, Schema> byMediaType) {
    }

    private record Answer(Map<String, Schema> byMediaType, Map<String, HeaderRule> headers) {
        boolean hasContent() {
            return !byMediaType.isEmpty();
        }
    }

    private record HeaderRule(boolean required, Schema schema, String type) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Logger LOG = LoggerFactory.getLogger(OperationRules.class);

    private final String method;
    private final String template;
    private final List<Param> pathParams;
    private final List<Param> queryParams;
    private final List<Param> headerParams;
    private final Body body;
    private final Map<Integer, Answer> answers;
    private final Answer defaultAnswer;
    /** Body checks are pure: the same bytes under the same schema give the same problems (shared per spec version). */
    private final BodyVerdicts bodyVerdicts;

    private OperationRules(String method, String template, List<Param> pathParams, List<Param> queryParams,
                           List<Param> headerParams, Body body, Map<Integer, Answer> answers, Answer defaultAnswer,
                           BodyVerdicts bodyVerdicts) {
        this.bodyVerdicts = bodyVerdicts;
        this.method = method;
        this.template = template;
        this.pathParams = List.copyOf(pathParams);
        this.queryParams = List.copyOf(queryParams);
        this.headerParams = List.copyOf(headerParams);
        this.body = body;
        this.answers = Map.copyOf(answers);
        this.defaultAnswer = defaultAnswer;
    }

    /** Compiles the rules of {@code operation} at {@code template} (path-level parameters included). */
    static OperationRules compile(SchemaCompiler compiler, String method, String template, PathItem item, Operation operation) {
        String where = method + " " + template;
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        // Operation-level parameters override path-level ones with the same name and location.
        for (List<Parameter> level : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (level != null) {
                level.forEach(p -> parameters.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        List<String> segments = List.of(template.split("/", -1));
        List<Param> path = new ArrayList<>();
        List<Param> query = new ArrayList<>();
        List<Param> headers = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            Schema schema = compiler.compile(p.getSchema(), where + " parameter " + p.getName());
            String type = p.getSchema() == null ? null : p.getSchema().getType();
            switch (String.valueOf(p.getIn())) {
                case "path" -> path.add(new Param(p.getName(), "path", true, schema, type, segments.indexOf("{" + p.getName() + "}")));
                case "query" -> query.add(new Param(p.getName(), "query", Boolean.TRUE.equals(p.getRequired()), schema, type, -1));
                case "header" -> headers.add(new Param(p.getName(), "header", Boolean.TRUE.equals(p.getRequired()), schema, type, -1));
                default -> { } // Cookies: the API has none.
            }
        }
        Body body = null;
        if (operation.getRequestBody() != null) {
            body = new Body(Boolean.TRUE.equals(operation.getRequestBody().getRequired()),
                    schemas(compiler, operation.getRequestBody().getContent(), where + " request body"));
        }
        Map<Integer, Answer> answers = new LinkedHashMap<>();
        Answer defaultAnswer = null;
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
                Answer answer = answer(compiler, entry.getValue(), where + " response " + entry.getKey());
                if (entry.getKey().matches("\\d{3}")) {
                    answers.put(Integer.parseInt(entry.getKey()), answer);
                } else if ("default".equals(entry.getKey())) {
                    defaultAnswer = answer;
                }
            }
        }
        return new OperationRules(method, template, path, query, headers, body, answers, defaultAnswer,
                compiler.bodyVerdicts());
    }

    private static Answer answer(SchemaCompiler compiler, ApiResponse response, String where) {
        Map<String, HeaderRule> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
                Header h = header.getValue();
                headers.put(header.getKey().toLowerCase(Locale.ROOT), new HeaderRule(Boolean.TRUE.equals(h.getRequired()),
                        compiler.compile(h.getSchema(), where + " header " + header.getKey()),
                        h.getSchema() == null ? null : h.getSchema().getType()));
            }
        }
        return new Answer(schemas(compiler, response.getContent(), where), headers);
    }

    private static Map<String, Schema> schemas(SchemaCompiler compiler, Content content, String where) {
        Map<String, Schema> byType = new LinkedHashMap<>();
        if (content != null) {
            content.forEach((type, media) -> byType.put(type.toLowerCase(Locale.ROOT),
                    compiler.compile(media.getSchema(), where + " " + type)));
        }
        return byType;
    }

    /**
     * The request's first problem, path parameters first, then query, headers and body, or empty
     * when it conforms. Query values arrive as text and are read as the parameter's schema type; an
     * empty value counts as not sent (as the stub reads them); unknown query parameters are ignored.
     */
    Optional<RequestProblem> checkRequest(String path, Map<String, List<String>> queryParameters,
                                          Map<String, List<String>> requestHeaders, byte[] content) {
        if (!pathParams.isEmpty()) {
            String[] parts = path.split("/", -1);
            for (Param p : pathParams) {
                if (p.segment() >= 0 && p.segment() < parts.length) {
                    Optional<String> problem = checkValue(p, List.of(parts[p.segment()]));
                    if (problem.isPresent()) {
                        return Optional.of(new RequestProblem(Part.PATH, problem.get(), p.name()));
                    }
                }
            }
        }
        for (Param p : queryParams) {
            List<String> sent = nonEmpty(queryParameters.get(p.name()));
            Optional<String> problem = sent.isEmpty()
                    ? (p.required() ? Optional.of("Missing required parameter") : Optional.empty())
                    : checkValue(p, sent);
            if (problem.isPresent()) {
                return Optional.of(new RequestProblem(Part.QUERY, problem.get(), p.name()));
            }
        }
        for (Param p : headerParams) {
            List<String> sent = nonEmpty(headerValues(requestHeaders, p.name()));
            Optional<String> problem = sent.isEmpty()
                    ? (p.required() ? Optional.of("Missing required header") : Optional.empty())
                    : checkValue(p, sent);
            if (problem.isPresent()) {
                return Optional.of(new RequestProblem(Part.HEADER, problem.get(), p.name()));
            }
        }
        return checkBody(content).map(problem -> new RequestProblem(Part.BODY, problem.what(), problem.property()));
    }

    private Optional<SchemaProblem> checkBody(byte[] content) {
        if (body == null) {
            return content == null ? Optional.empty()
                    : Optional.of(new SchemaProblem("No request body is expected for " + method + " " + template, ""));
        }
        if (content == null) {
            return body.required() ? Optional.of(new SchemaProblem("Expected type object but found type null", ""))
                    : Optional.empty();
        }
        Schema schema = jsonSchema(body.byMediaType());
        if (schema == null) {
            return Optional.empty(); // Not JSON: content negotiation (415) is Jersey's.
        }
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            return Optional.of(new SchemaProblem("Invalid JSON", ""));
        }
        return first(validate(schema, node));
    }

    /**
     * Every way a response breaks its operation's declaration: undeclared status, a body where none is
     * declared or none where one is, a content type not declared, a body not matching its schema, a
     * declared header missing or of the wrong type. Empty when it conforms.
     */
    List<String> checkResponse(int status, String contentType, Map<String, List<String>> responseHeaders, byte[] content) {
        List<String> problems = new ArrayList<>();
        Answer answer = answers.getOrDefault(status, defaultAnswer);
        if (answer == null) {
            problems.add("status: " + status + " is not declared for " + method + " " + template
                    + " (declared: " + answers.keySet() + ")");
            return problems;
        }
        answer.headers().forEach((name, rule) -> {
            List<String> values = headerValues(responseHeaders, name);
            if (values.isEmpty()) {
                if (rule.required()) {
                    problems.add("header " + name + ": required but missing");
                }
                return;
            }
            Param asParam = new Param(name, "header", rule.required(), rule.schema(), rule.type(), -1);
            checkValue(asParam, values).ifPresent(problem -> problems.add("header " + name + ": " + problem));
        });
        boolean hasBody = content != null && content.length > 0;
        if (!answer.hasContent()) {
            if (hasBody) {
                problems.add("body: none is declared for " + status + " but one was sent");
            }
            return problems;
        }
        if (!hasBody) {
            problems.add("body: a body is declared for " + status + " but none was sent");
            return problems;
        }
        String mediaType = contentType == null ? null : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType == null || !answer.byMediaType().containsKey(mediaType)) {
            problems.add("content type: " + contentType + " is not declared for " + status
                    + " (declared: " + answer.byMediaType().keySet() + ")");
            return problems;
        }
        Schema schema = answer.byMediaType().get(mediaType);
        if (schema == null || !mediaType.contains("json")) {
            return problems;
        }
        problems.addAll(bodyVerdicts.computeIfAbsent(schema, content, () -> bodyProblems(schema, content)));
        return problems;
    }

    private static List<String> bodyProblems(Schema schema, byte[] content) {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            return List.of("body: not JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (Error error : validate(schema, node)) {
            problems.add("body: " + SchemaProblem.of(error).describe());
        }
        return List.copyOf(problems);
    }

    /** Validates the spec's own example of the first 2xx once: loads and warms the schema code, off any request. */
    void warmUp(JsonNode example) {
        answers.entrySet().stream().filter(e -> e.getKey() / 100 == 2).findFirst()
                .map(e -> jsonSchema(e.getValue().byMediaType()))
                .ifPresent(schema -> validate(schema, example));
    }

    private static Schema jsonSchema(Map<String, Schema> byMediaType) {
        Schema exact = byMediaType.get("application/json");
        if (exact != null) {
            return exact;
        }
        return byMediaType.entrySet().stream().filter(e -> e.getKey().contains("json") && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The first problem of a value sent as text, read as the parameter's type. */
    private static Optional<String> checkValue(Param p, List<String> values) {
        if (p.schema() == null) {
            return Optional.empty();
        }
        JsonNode node;
        if ("array".equals(p.type())) {
            var array = NODES.arrayNode();
            values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",", -1))).forEach(v -> array.add(NODES.textNode(v)));
            node = array;
        } else {
            node = typed(values.get(0), p.type());
        }
        return first(validate(p.schema(), node)).map(SchemaProblem::what);
    }

    /** Text as the JSON value of {@code type}; text that is not one stays a string (and fails {@code type}). */
    static JsonNode typed(String text, String type) {
        if (type == null) {
            return NODES.textNode(text);
        }
        try {
            return switch (type) {
                case "integer" -> text.matches("[-+]?\\d+") ? NODES.numberNode(new BigInteger(text)) : NODES.textNode(text);
                case "number" -> NODES.numberNode(new BigDecimal(text));
                case "boolean" -> "true".equals(text) || "false".equals(text)
                        ? NODES.booleanNode(Boolean.parseBoolean(text)) : NODES.textNode(text);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    /**
     * The schema's errors for {@code node}. A schema the validator cannot evaluate (a reference it
     * cannot follow) is the spec's problem, not the request's: logged, and the value let through.
     */
    private static List<Error> validate(Schema schema, JsonNode node) {
        try {
            return schema.validate(node);
        } catch (RuntimeException e) {
            LOG.warn("A schema of the spec cannot be evaluated, value not checked: {}", e.toString());
            return List.of();
        }
    }

    private static Optional<SchemaProblem> first(List<Error> errors) {
        return errors.isEmpty() ? Optional.empty() : Optional.of(SchemaProblem.of(errors.get(0)));
    }

    private static List<String> nonEmpty(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isEmpty()).toList();
    }

    private static List<String> headerValues(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return List.of();
        }
        List<String> exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return List.of();
    }
}
