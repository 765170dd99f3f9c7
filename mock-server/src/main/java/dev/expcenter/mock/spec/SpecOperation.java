package dev.expcenter.mock.spec;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An operation of the spec: method, path template (relative to {@code /api/v2}), id and the
 * responses it declares, in spec order.
 */
public final class SpecOperation {
    private final String method;
    private final String template;
    private final String operationId;
    private final List<SpecResponse> responses;
    private final OperationRules rules;
    private final Pattern regex;
    private final int literalChars;

    SpecOperation(String method, String template, String operationId, List<SpecResponse> responses, OperationRules rules) {
        this.method = method;
        this.template = template;
        this.operationId = operationId;
        this.responses = List.copyOf(responses);
        this.rules = rules;
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String part : template.split("(?=\\{)|(?<=})")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
                literals += part.length();
            }
        }
        this.regex = Pattern.compile(regex + "/?");
        this.literalChars = literals;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The path template, e.g. {@code /experimentation/experiments/{id}}. */
    public String template() {
        return template;
    }

    /** The operationId, or the method and template when the spec gives none. */
    public String operationId() {
        return operationId;
    }

    /** The declared responses (not {@code default}) in spec order. */
    public List<SpecResponse> responses() {
        return responses;
    }

    /** The response declared for the status. */
    public Optional<SpecResponse> response(int status) {
        return responses.stream().filter(r -> r.status() == status).findFirst();
    }

    /** The first declared 2xx response. */
    public Optional<SpecResponse> firstSuccess() {
        return responses.stream().filter(SpecResponse::isSuccess).findFirst();
    }

    /** The declared statuses, e.g. {@code "200, 400, 404"}. */
    public String declaredStatuses() {
        return responses.stream().map(r -> String.valueOf(r.status())).collect(Collectors.joining(", "));
    }

    /** Every example name, for error messages. */
    public String exampleNames() {
        return responses.stream()
                .flatMap(r -> r.examples().stream().filter(e -> !e.name().isEmpty()).map(e -> e.name() + " (" + r.status() + ")"))
                .collect(Collectors.joining(", "));
    }

    /** What requests and responses of this operation must look like, compiled. */
    OperationRules rules() {
        return rules;
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    int literalChars() {
        return literalChars;
    }

    @Override
    public String toString() {
        return method + " " + template + " (" + operationId + ")";
    }
}
