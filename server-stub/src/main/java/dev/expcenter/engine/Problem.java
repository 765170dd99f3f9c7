package dev.expcenter.engine;

import java.util.Objects;

/** One failed readiness check. */
public record Problem(ErrorCode code, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
