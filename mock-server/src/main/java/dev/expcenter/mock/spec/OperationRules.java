package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.expcenter.stub.form.FormBodyException;
import dev.expcenter.stub.form.FormConverter;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one operation accepts and answers, compiled once per spec version: the schema of every
 * path, query and header parameter, of the request body, and its {@link ResponseRules}. The mock
 * checks each request and response against it.
 */
final class OperationRules {
    /** Where a request problem is: it decides the Auth0 errorCode. */
    enum Part { PATH, QUERY, HEADER, BODY }

    /** The first problem of a request: where, what is wrong, and the property (or parameter) it is on. */
    record RequestProblem(Part part, String what, String property) {
    }

    /** A path parameter and the segment of the path that carries it. */
    private record PathParam(ValueRule rule, int segment) {
    }

    private record Body(boolean required, Map<String, Schema> byMediaType) {
    }

    private final String operation;
    private final List<PathParam> pathParams;
    private final List<ValueRule> queryParams;
    private final List<ValueRule> headerParams;
    private final Body body;
    private final ResponseRules responses;

    private OperationRules(String operation, List<PathParam> pathParams, List<ValueRule> queryParams,
                           List<ValueRule> headerParams, Body body, ResponseRules responses) {
        this.operation = operation;
        this.pathParams = List.copyOf(pathParams);
        this.queryParams = List.copyOf(queryParams);
        this.headerParams = List.copyOf(headerParams);
        this.body = body;
        this.responses = responses;
    }

    /** Compiles the rules of {@code operation} at {@code template} (path-level parameters included). */
    static OperationRules compile(SchemaCompiler compiler, String method, String template, PathItem item, Operation operation) {
        String where = method + " " + template;
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        // Operation-level parameters override path-level ones with the same name and location.
        for (List<Parameter> level : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (level != null) {
                level.forEach(p -> parameters.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        List<String> segments = List.of(template.split("/", -1));
        List<PathParam> path = new ArrayList<>();
        List<ValueRule> query = new ArrayList<>();
        List<ValueRule> headers = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            String in = String.valueOf(p.getIn());
            ValueRule rule = ValueRule.of(compiler, p.getName(), "path".equals(in) || Boolean.TRUE.equals(p.getRequired()),
                    p.getSchema(), where + " parameter " + p.getName());
            switch (in) {
                case "path" -> path.add(new PathParam(rule, segments.indexOf("{" + p.getName() + "}")));
                case "query" -> query.add(rule);
                case "header" -> headers.add(rule);
                default -> { } // Cookies: the API has none.
            }
        }
        Body body = operation.getRequestBody() == null ? null
                : new Body(Boolean.TRUE.equals(operation.getRequestBody().getRequired()),
                        compiler.compileContent(operation.getRequestBody().getContent(), where + " request body"));
        return new OperationRules(where, path, query, headers, body,
                ResponseRules.compile(compiler, operation.getResponses(), where));
    }

    /**
     * The request's first problem, path parameters first, then query, headers and body, or empty
     * when it conforms; a body on an operation that declares none is not looked at. Query values arrive as text and are read as the parameter's schema type; an
     * empty value counts as not sent (as the stub reads them); unknown query parameters are ignored.
     */
    Optional<RequestProblem> checkRequest(String path, Map<String, List<String>> queryParameters,
                                          Map<String, List<String>> requestHeaders, byte[] content) {
        if (!pathParams.isEmpty()) {
            String[] parts = path.split("/", -1);
            for (PathParam p : pathParams) {
                if (p.segment() >= 0 && p.segment() < parts.length) {
                    Optional<String> problem = p.rule().check(List.of(parts[p.segment()]));
                    if (problem.isPresent()) {
                        return Optional.of(new RequestProblem(Part.PATH, problem.get(), p.rule().name()));
                    }
                }
            }
        }
        for (ValueRule p : queryParams) {
            Optional<String> problem = checkSent(p, queryParameters.get(p.name()), "Missing required parameter");
            if (problem.isPresent()) {
                return Optional.of(new RequestProblem(Part.QUERY, problem.get(), p.name()));
            }
        }
        for (ValueRule p : headerParams) {
            Optional<String> problem = checkSent(p, SchemaChecks.headerValues(requestHeaders, p.name()), "Missing required header");
            if (problem.isPresent()) {
                return Optional.of(new RequestProblem(Part.HEADER, problem.get(), p.name()));
            }
        }
        String contentType = SchemaChecks.headerValues(requestHeaders, "Content-Type").stream().findFirst().orElse(null);
        return checkBody(content, contentType)
                .map(problem -> new RequestProblem(Part.BODY, problem.what(), problem.property()));
    }

    /** Empty values count as not sent; nothing sent is a problem only when the value is required. */
    private static Optional<String> checkSent(ValueRule rule, List<String> values, String missing) {
        List<String> sent = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isEmpty()).toList();
        if (sent.isEmpty()) {
            return rule.required() ? Optional.of(missing) : Optional.empty();
        }
        return rule.check(sent);
    }

    /**
     * Whether the operation declares a request body. A body sent to one that declares none is ignored,
     * as the stub ignores it: Auth0 declares no 400 for most of those operations (a DELETE of a flag,
     * a GET by id), so refusing it would answer a code the operation does not have.
     */
    boolean takesBody() {
        return body != null;
    }

    private Optional<SchemaProblem> checkBody(byte[] content, String contentType) {
        if (body == null) {
            return Optional.empty(); // see takesBody()
        }
        if (content == null) {
            return body.required() ? Optional.of(new SchemaProblem("Expected type object but found type null", ""))
                    : Optional.empty();
        }
        boolean form = FormConverter.isForm(contentType);
        if (!form && !isJson(contentType)) {
            // Neither JSON nor a form, or no Content-Type at all: the stub's 415, whatever the body says.
            return Optional.empty();
        }
        Schema schema = form ? formSchema() : SchemaChecks.json(body.byMediaType());
        if (schema == null) {
            return Optional.empty(); // The served spec gives no schema for it.
        }
        JsonNode node;
        try {
            // A form is checked as the JSON document it stands for, converted as the stub's reader converts it.
            node = form ? FormConverter.toTree(content, schema.getSchemaNode()) : SchemaChecks.readJson(content);
        } catch (FormBodyException e) {
            return Optional.of(new SchemaProblem(e.what(), e.property()));
        } catch (IOException e) {
            return Optional.of(new SchemaProblem("Invalid JSON", ""));
        }
        return SchemaChecks.first(SchemaChecks.validate(schema, node));
    }

    /** Whether a {@code Content-Type} is JSON as the stub's resources read it; false when absent or malformed. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The schema tree that types and checks this operation's form bodies (what the stub's reader
     * converts with, in the mock), or empty when it takes no body.
     */
    Optional<JsonNode> formBodySchema() {
        return Optional.ofNullable(formSchema()).map(Schema::getSchemaNode);
    }

    /** The form content's schema, else the JSON one: the stub's resources accept forms whatever the served spec says. */
    private Schema formSchema() {
        if (body == null) {
            return null;
        }
        Schema form = body.byMediaType().get(FormConverter.MEDIA_TYPE);
        return form != null ? form : SchemaChecks.json(body.byMediaType());
    }

    /** See {@link ResponseRules#check}. */
    List<String> checkResponse(int status, String contentType, Map<String, ? extends List<?>> responseHeaders,
                               byte[] content) {
        return responses.check(status, contentType, responseHeaders, content);
    }

    /** Validates the spec's own example of the first 2xx once: loads and warms the schema code, off any request. */
    void warmUp(JsonNode example) {
        responses.warmUp(example);
    }
}
