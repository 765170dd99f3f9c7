package dev.expcenter.openapi.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import dev.expcenter.openapi.review.SpecReview.Result;
import java.nio.file.Path;
import java.util.List;

/** The fixture pairs in {@code src/test/resources/diff} and what the tests ask of a review of one. */
final class Fixtures {

    static final Path DIFF = Path.of("src/test/resources/diff");
    static final Path RELEASED = DIFF.resolve("released-1.0.0.yaml");
    static final Path PACTS = DIFF.resolve("pacts");

    private Fixtures() {}

    /** {@code newer} reviewed against {@code older}, with the fixture pacts. */
    static Result review(String older, String newer) {
        return SpecReview.review(DIFF.resolve(newer), DIFF.resolve(older), PACTS);
    }

    static SpecChange only(List<SpecChange> changes, String method, String path, String summaryPart) {
        List<SpecChange> found = changes.stream()
                .filter(c -> c.method().equals(method) && c.path().equals(path) && c.summary().contains(summaryPart))
                .toList();
        assertThat(found).as("%s %s: %s in %s", method, path, summaryPart, changes).hasSize(1);
        return found.get(0);
    }

    /** The findings of {@code rule}: {@code count} of them, all in {@code direction} and with {@code verdict}. */
    static List<SpecChange> expect(Result r, String rule, Direction direction, Verdict verdict, int count) {
        List<SpecChange> found = r.changes().stream().filter(c -> c.rule().equals(rule)).toList();
        assertThat(found).as("%s in %s", rule, r.changes()).hasSize(count)
                .allSatisfy(c -> {
                    assertThat(c.direction()).as(rule).isEqualTo(direction);
                    assertThat(c.verdict()).as(rule).isEqualTo(verdict);
                });
        return found;
    }

    /** The rule ids of the review's findings, as a sorted, distinct list. */
    static List<String> rules(Result r) {
        return r.changes().stream().map(SpecChange::rule).distinct().sorted().toList();
    }
}
