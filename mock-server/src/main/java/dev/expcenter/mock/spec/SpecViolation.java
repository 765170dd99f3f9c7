package dev.expcenter.mock.spec;

import java.time.Instant;
import java.util.List;

/**
 * A response that broke the spec.
 *
 * @param at when it was seen
 * @param method the request's method
 * @param path the request's path below {@code /api/v2}
 * @param status the response's status
 * @param problems what the validator reported, one line each
 */
public record SpecViolation(Instant at, String method, String path, int status, List<String> problems) {
    /** Copies the list. */
    public SpecViolation {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return method + " " + path + " " + status + ": " + String.join("; ", problems);
    }
}
