package dev.expcenter.mock.spec;

import dev.expcenter.stub.operation.ApiOperation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An operation of the spec: method, path template (relative to {@code /api/v2}), id, the scopes it
 * requires and the responses it declares, in spec order. It is the request's {@link ApiOperation}
 * in the mock, so auth reads its scopes from the spec being served.
 */
public final class SpecOperation implements ApiOperation {
    private final String method;
    private final String template;
    private final String operationId;
    private final List<String> scopes;
    private final boolean isPublic;
    private final List<SpecResponse> responses;
    private final OperationRules rules;
    private final PathTemplate path;

    SpecOperation(String method, String template, String operationId, Security security,
                  List<SpecResponse> responses, OperationRules rules) {
        this.method = method;
        this.template = template;
        this.operationId = operationId;
        this.scopes = List.copyOf(security.scopes());
        this.isPublic = security.isPublic();
        this.responses = List.copyOf(responses);
        this.rules = rules;
        this.path = PathTemplate.of(template);
    }

    /** What the operation's {@code security} asks: scopes (any one of them), or nothing at all. */
    record Security(List<String> scopes, boolean isPublic) {
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
    @Override
    public String operationId() {
        return operationId;
    }

    @Override
    public List<String> requiredScopes() {
        return scopes;
    }

    @Override
    public boolean isPublic() {
        return isPublic;
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

    boolean matches(String concretePath) {
        return path.matches(concretePath);
    }

    int literalChars() {
        return path.literalChars();
    }

    @Override
    public String toString() {
        return method + " " + template + " (" + operationId + ")";
    }
}
