package dev.expcenter.engine;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.EngineMessages;
import java.util.List;

/** What the HTTP edge makes of a broken rule (the catalogue's status and Auth0's words), for the engine's tests. */
final class Words {
    /** A readiness problem as the validate operation shows it. */
    record Said(ErrorCode code, String message) {
    }

    private Words() {
    }

    static int status(EngineException e) {
        return ApiError.of(e.code()).status();
    }

    static String message(EngineException e) {
        return EngineMessages.of(e);
    }

    static List<Said> said(List<Problem> problems) {
        return problems.stream().map(p -> new Said(p.code(), EngineMessages.of(p))).toList();
    }
}
