package dev.expcenter.openapi.review;

import static dev.expcenter.openapi.review.Fixtures.expect;
import static dev.expcenter.openapi.review.Fixtures.review;
import static dev.expcenter.openapi.review.SpecChange.Direction.REQUEST;
import static dev.expcenter.openapi.review.SpecChange.Direction.RESPONSE;
import static dev.expcenter.openapi.review.SpecChange.Verdict.BREAKING;
import static dev.expcenter.openapi.review.SpecChange.Verdict.COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import dev.expcenter.openapi.review.SpecReview.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Limits on numbers ({@code take} in requests, {@code priority} in responses), lengths (the request description,
 * the response name) and items ({@code labels} in both): set, unset, narrowed and widened. In a request a
 * narrower limit refuses what passed; in a response a wider one lets through what clients did not expect.
 */
class LimitRuleClassesTest {

    /** One expected rule: on getExperiment's parameter or createExperiment's body (once), in both responses (twice). */
    private record Expected(String rule, Direction direction, Verdict verdict) {
        int count() {
            return direction == REQUEST ? 1 : 2;
        }
    }

    private static Expected req(String rule, Verdict v) {
        return new Expected(rule, REQUEST, v);
    }

    private static Expected res(String rule, Verdict v) {
        return new Expected(rule, RESPONSE, v);
    }

    private static void check(String older, String newer, List<Expected> expected) {
        Result r = review(older, newer);
        expected.forEach(e -> expect(r, e.rule(), e.direction(), e.verdict(), e.count()));
        assertThat(r.changes()).hasSize(expected.stream().mapToInt(Expected::count).sum());
    }

    @Test
    void limitsSetNarrowRequestsOnly() {
        check("arrays-base.yaml", "limits-set.yaml", List.of(
                req("request-parameter-min-set", BREAKING), req("request-parameter-max-set", BREAKING),
                req("request-property-min-length-set", BREAKING),
                req("request-property-min-items-set", BREAKING), req("request-property-max-items-set", BREAKING),
                req("request-property-unique-items-set", BREAKING),
                res("response-property-min-set", COMPATIBLE), res("response-property-max-set", COMPATIBLE),
                res("response-property-min-length-set", COMPATIBLE), res("response-property-max-length-set", COMPATIBLE),
                res("response-property-min-items-set", COMPATIBLE), res("response-property-max-items-set", COMPATIBLE),
                res("response-property-unique-items-set", COMPATIBLE)));
    }

    @Test
    void limitsUnsetWidenResponsesOnly() {
        check("limits-set.yaml", "arrays-base.yaml", List.of(
                req("request-parameter-min-unset", COMPATIBLE), req("request-parameter-max-unset", COMPATIBLE),
                req("request-property-min-length-unset", COMPATIBLE),
                req("request-property-min-items-unset", COMPATIBLE), req("request-property-max-items-unset", COMPATIBLE),
                req("request-property-unique-items-unset", COMPATIBLE),
                res("response-property-min-unset", BREAKING), res("response-property-max-unset", BREAKING),
                res("response-property-min-length-unset", BREAKING), res("response-property-max-length-unset", BREAKING),
                res("response-property-min-items-unset", BREAKING), res("response-property-max-items-unset", BREAKING),
                res("response-property-unique-items-unset", BREAKING)));
    }

    @Test
    void limitsNarrowedBreakRequests() {
        check("limits-set.yaml", "limits-narrowed.yaml", List.of(
                req("request-parameter-min-increased", BREAKING), req("request-parameter-max-decreased", BREAKING),
                req("request-property-min-length-increased", BREAKING), req("request-property-max-length-decreased", BREAKING),
                req("request-property-min-items-increased", BREAKING), req("request-property-max-items-decreased", BREAKING),
                res("response-property-min-increased", COMPATIBLE), res("response-property-max-decreased", COMPATIBLE),
                res("response-property-min-length-increased", COMPATIBLE),
                res("response-property-max-length-decreased", COMPATIBLE),
                res("response-property-min-items-increased", COMPATIBLE),
                res("response-property-max-items-decreased", COMPATIBLE)));
    }

    @Test
    void limitsWidenedBreakResponses() {
        check("limits-narrowed.yaml", "limits-set.yaml", List.of(
                req("request-parameter-min-decreased", COMPATIBLE), req("request-parameter-max-increased", COMPATIBLE),
                req("request-property-min-length-decreased", COMPATIBLE),
                req("request-property-max-length-increased", COMPATIBLE),
                req("request-property-min-items-decreased", COMPATIBLE),
                req("request-property-max-items-increased", COMPATIBLE),
                res("response-property-min-decreased", BREAKING), res("response-property-max-increased", BREAKING),
                res("response-property-min-length-decreased", BREAKING), res("response-property-max-length-increased", BREAKING),
                res("response-property-min-items-decreased", BREAKING), res("response-property-max-items-increased", BREAKING)));
    }

    @Test
    void aLimitNamesItsKeywordAndWhyItBreaks() {
        Result r = review("limits-set.yaml", "limits-narrowed.yaml");
        assertThat(expect(r, "request-parameter-max-decreased", REQUEST, BREAKING, 1).get(0).summary())
                .isEqualTo("query parameter `take`: maximum changed from `100` to `50` (requests valid before may now be refused)");
        assertThat(expect(review("limits-narrowed.yaml", "limits-set.yaml"), "response-property-max-length-increased",
                RESPONSE, BREAKING, 2).get(0).summary())
                .endsWith("`name`: maxLength changed from `100` to `255` (responses may now hold values clients did not expect)");
    }
}
