package dev.expcenter.engine;

import java.util.List;

/** The answer of {@code validate}: valid when no check failed; errors in check order. */
public record ValidationReport(boolean valid, List<Problem> errors) {

    public ValidationReport {
        errors = List.copyOf(errors);
    }

    static ValidationReport of(List<Problem> problems) {
        return new ValidationReport(problems.isEmpty(), problems);
    }
}
