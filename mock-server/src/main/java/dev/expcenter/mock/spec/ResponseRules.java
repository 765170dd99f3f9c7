package dev.expcenter.mock.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What an operation may answer, compiled: per declared status its body schemas by media type and its headers. */
final class ResponseRules {
    /**
     * What the servers answer before any operation runs, or apart from it, whatever the operation: a
     * body over the size limit (413), a Content-Type or Accept neither JSON nor a form can meet (415,
     * 406), a header over the limit (431), a write the state file could not commit (503). The spec declares each operation's own codes (Auth0's, plus 413 and 415 on
     * writes), so one of these where it is not declared is no violation; where it is declared, it is
     * checked like any other answer.
     */
    static final Set<Integer> PROTOCOL_STATUSES = Set.of(406, 413, 415, 431, 503);

    private record Answer(Map<String, Schema> byMediaType, List<ValueRule> headers) {
    }

    private final String operation;
    private final Map<Integer, Answer> answers;
    private final Answer defaultAnswer;
    /** Body checks are pure: the same bytes under the same schema give the same problems (shared per spec version). */
    private final BodyVerdicts bodyVerdicts;

    private ResponseRules(String operation, Map<Integer, Answer> answers, Answer defaultAnswer, BodyVerdicts bodyVerdicts) {
        this.operation = operation;
        this.answers = Map.copyOf(answers);
        this.defaultAnswer = defaultAnswer;
        this.bodyVerdicts = bodyVerdicts;
    }

    /** Compiles the responses of the operation {@code where} ({@code GET /path}). */
    static ResponseRules compile(SchemaCompiler compiler, ApiResponses responses, String where) {
        Map<Integer, Answer> answers = new LinkedHashMap<>();
        Answer defaultAnswer = null;
        if (responses != null) {
            for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
                Answer answer = answer(compiler, entry.getValue(), where + " response " + entry.getKey());
                if (entry.getKey().matches("\\d{3}")) {
                    answers.put(Integer.parseInt(entry.getKey()), answer);
                } else if ("default".equals(entry.getKey())) {
                    defaultAnswer = answer;
                }
            }
        }
        return new ResponseRules(where, answers, defaultAnswer, compiler.bodyVerdicts());
    }

    private static Answer answer(SchemaCompiler compiler, ApiResponse response, String where) {
        List<ValueRule> headers = new ArrayList<>();
        if (response.getHeaders() != null) {
            for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
                Header h = header.getValue();
                headers.add(ValueRule.of(compiler, header.getKey().toLowerCase(Locale.ROOT), h.getRequired(), h.getSchema(),
                        where + " header " + header.getKey()));
            }
        }
        return new Answer(compiler.compileContent(response.getContent(), where), headers);
    }

    /**
     * Every way a response breaks its operation's declaration: undeclared status (but see
     * {@link #PROTOCOL_STATUSES}), a body where none is
     * declared or none where one is, a content type not declared, a body not matching its schema, a
     * declared header missing or of the wrong type. Empty when it conforms.
     */
    List<String> check(int status, String contentType, Map<String, ? extends List<?>> headers, byte[] content) {
        List<String> problems = new ArrayList<>();
        Answer answer = answers.getOrDefault(status, defaultAnswer);
        if (answer == null && PROTOCOL_STATUSES.contains(status)) {
            return problems;
        }
        if (answer == null) {
            problems.add("status: " + status + " is not declared for " + operation + " (declared: " + answers.keySet() + ")");
            return problems;
        }
        for (ValueRule header : answer.headers()) {
            List<String> values = SchemaChecks.headerValues(headers, header.name());
            if (values.isEmpty()) {
                if (header.required()) {
                    problems.add("header " + header.name() + ": required but missing");
                }
            } else {
                header.check(values).ifPresent(problem -> problems.add("header " + header.name() + ": " + problem));
            }
        }
        boolean hasBody = content != null && content.length > 0;
        if (answer.byMediaType().isEmpty()) {
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
            node = SchemaChecks.readJson(content);
        } catch (IOException e) {
            return List.of("body: not JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (Error error : SchemaChecks.validate(schema, node)) {
            problems.add("body: " + SchemaProblem.of(error).describe());
        }
        return List.copyOf(problems);
    }

    /** Validates {@code example} against the first 2xx's JSON schema once: loads and warms the schema code. */
    void warmUp(JsonNode example) {
        answers.entrySet().stream().filter(e -> e.getKey() / 100 == 2).findFirst()
                .map(e -> SchemaChecks.json(e.getValue().byMediaType()))
                .ifPresent(schema -> SchemaChecks.validate(schema, example));
    }
}
