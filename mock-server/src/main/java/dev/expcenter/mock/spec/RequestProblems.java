package dev.expcenter.mock.spec;

import dev.expcenter.mock.spec.OperationRules.RequestProblem;
import dev.expcenter.stub.error.Validation;
import jakarta.ws.rs.core.Response;

/**
 * Turns a request's first problem into Auth0's 400, worded by the catalogue's {@link Validation}
 * like the stub's own mappers: body problems {@code invalid_body}, query problems
 * {@code invalid_query_string}, path problems {@code invalid_uri}, header problems {@code invalid_headers}.
 */
final class RequestProblems {
    private RequestProblems() {
    }

    /** The 400 for the problem. */
    static Response toResponse(RequestProblem problem) {
        Validation.Part part = switch (problem.part()) {
            case PATH -> Validation.Part.PATH;
            case QUERY -> Validation.Part.QUERY;
            case HEADER -> Validation.Part.HEADER;
            case BODY -> Validation.Part.BODY;
        };
        return Validation.response(part, problem.what(), problem.property());
    }
}
