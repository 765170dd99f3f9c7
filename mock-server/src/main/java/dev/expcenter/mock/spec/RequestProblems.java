package dev.expcenter.mock.spec;

import dev.expcenter.engine.ErrorCode;
import dev.expcenter.mock.spec.OperationRules.RequestProblem;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.Response;

/**
 * Turns a request's first problem into Auth0's 400, worded like the stub's own mappers: body
 * problems are {@code invalid_body} ({@code Payload validation error: '<what>' on property
 * <a.b[0].c>}), query problems {@code invalid_query_string}, path problems {@code invalid_uri}.
 */
final class RequestProblems {
    private RequestProblems() {
    }

    /** The 400 for the problem. */
    static Response toResponse(RequestProblem problem) {
        String what = "'" + problem.what() + "'";
        String on = problem.property().isEmpty() ? "" : " on property " + problem.property();
        return switch (problem.part()) {
            case PATH -> ErrorResponses.of(ErrorCode.INVALID_URI, "Path validation error: " + what + on);
            case QUERY -> ErrorResponses.of(ErrorCode.INVALID_QUERY_STRING, "Query validation error: " + what + on);
            case HEADER -> ErrorResponses.of(ErrorCode.INVALID_HEADERS, "Header validation error: " + what + " on header "
                    + problem.property());
            case BODY -> ErrorResponses.of(ErrorCode.INVALID_BODY, "Payload validation error: " + what + on);
        };
    }
}
