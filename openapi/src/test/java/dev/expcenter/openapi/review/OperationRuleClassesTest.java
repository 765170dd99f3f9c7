package dev.expcenter.openapi.review;

import static dev.expcenter.openapi.review.Fixtures.expect;
import static dev.expcenter.openapi.review.Fixtures.review;
import static dev.expcenter.openapi.review.SpecChange.Direction.REQUEST;
import static dev.expcenter.openapi.review.SpecChange.Direction.RESPONSE;
import static dev.expcenter.openapi.review.SpecChange.Verdict.BREAKING;
import static dev.expcenter.openapi.review.SpecChange.Verdict.COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.openapi.review.Rule.Level;
import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecReview.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule classes of operations, responses and security; the report's naming; the README's rule table. */
class OperationRuleClassesTest {

    @Test
    void responseHeadersRemovedBreakReadersWhetherTheyWereRequiredOrNot() {
        Result added = review("released-1.0.0.yaml", "response-headers-added.yaml");
        expect(added, "response-header-added", RESPONSE, COMPATIBLE, 2);

        Result removed = review("response-headers-added.yaml", "released-1.0.0.yaml");
        SpecChange location = expect(removed, "required-response-header-removed", RESPONSE, BREAKING, 1).get(0);
        assertThat(location.field()).isEqualTo("Location");
        assertThat(removed.consumersOf(location)).hasSize(2).allMatch(u -> u.endsWith("expects a 201 response"));
        assertThat(expect(removed, "optional-response-header-removed", RESPONSE, BREAKING, 1).get(0).summary())
                .isEqualTo("response 201 header `X-Request-Id` removed (it was optional)");
    }

    @Test
    void mediaTypesRemovedBreakRequestsAndResponses() {
        Result added = review("released-1.0.0.yaml", "media-types-added.yaml");
        expect(added, "request-body-media-type-added", REQUEST, COMPATIBLE, 1);
        expect(added, "response-media-type-added", RESPONSE, COMPATIBLE, 1);
        assertThat(added.changes()).hasSize(2);

        Result removed = review("media-types-added.yaml", "released-1.0.0.yaml");
        assertThat(expect(removed, "request-body-media-type-removed", REQUEST, BREAKING, 1).get(0).summary())
                .isEqualTo("request body: media type `application/x-www-form-urlencoded` removed");
        assertThat(expect(removed, "response-media-type-removed", RESPONSE, BREAKING, 1).get(0).summary())
                .isEqualTo("response 200: media type `application/xml` removed");
    }

    @Test
    void aScopeAddedRefusesTheTokensClientsHoldAndOneRemovedDoesNot() {
        Result added = review("security-base.yaml", "scope-added.yaml");
        SpecChange scope = expect(added, "api-security-scope-added", REQUEST, BREAKING, 1).get(0);
        assertThat(scope.field()).isEqualTo("read:experiment_results");
        assertThat(scope.summary()).endsWith("(tokens with the old scopes now get 403)");
        assertThat(added.consumersOf(scope)).hasSize(3);
        assertThat(added.changes()).hasSize(1);

        Result removed = review("scope-added.yaml", "security-base.yaml");
        expect(removed, "api-security-scope-removed", REQUEST, COMPATIBLE, 1);
        assertThat(removed.fails()).isFalse();
    }

    @Test
    void aRenamedPathParameterIsTheSamePathOnTheWireAndItsOperationIsStillReviewed() {
        Result renamed = review("released-1.0.0.yaml", "path-parameter-renamed.yaml");
        assertThat(expect(renamed, "request-path-parameter-renamed", REQUEST, COMPATIBLE, 1).get(0).summary())
                .isEqualTo("path parameter `id` renamed to `experiment_id`"
                        + " (same path on the wire: /experimentation/experiments/{experiment_id})");
        assertThat(renamed.changes()).hasSize(1);

        // Under the renamed template, what changed is still found, and still matched to the pacts.
        Result removed = review("path-parameter-renamed.yaml", "response-field-removed.yaml");
        SpecChange get = expect(removed, "response-optional-property-removed", RESPONSE, BREAKING, 2).stream()
                .filter(c -> c.method().equals("GET")).findFirst().orElseThrow();
        assertThat(removed.consumersOf(get)).hasSize(1).allMatch(u -> u.contains("`web-console`"));
    }

    @Test
    void whatOpenapiDiffCallsIncompatibleAndNoRuleJudgesStillFailsTheGate() {
        // Refusing empty values of a query parameter: openapi-diff sees it, the gate has no rule for it.
        Result r = review("allow-empty-value.yaml", "released-1.0.0.yaml");

        assertThat(r.fails()).isTrue();
        assertThat(expect(r, "unclassified-incompatible-change", REQUEST, BREAKING, 1).get(0).summary())
                .isEqualTo("openapi-diff reports an incompatible change this review does not classify");
        assertThat(review("released-1.0.0.yaml", "allow-empty-value.yaml").changes()).isEmpty();
    }

    @Test
    void everyFindingNamesItsRuleAndDirectionInTheReportAndTheFailureMessage() {
        for (String[] pair : List.of(new String[] {"limits-set.yaml", "arrays-base.yaml"},
                new String[] {"security-base.yaml", "defaults-added.yaml"},
                new String[] {"response-headers-added.yaml", "released-1.0.0.yaml"})) {
            Result r = review(pair[0], pair[1]);
            assertThat(r.changes()).isNotEmpty().allSatisfy(c -> {
                String named = c.summary() + " [rule `" + c.rule() + "`, " + c.direction().label() + "]";
                assertThat(r.markdown()).contains(named);
                if (c.breaking()) {
                    assertThat(r.failureMessage()).contains(c.operation() + ": " + named);
                }
            });
        }
    }

    @Test
    void theReadmeListsEveryRuleTheGateKnows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).as("openapi/README.md, For API reviewers: the table of rules, as generated here")
                .contains(table());
    }

    /** The rule table of openapi/README.md, from {@link Rule}. */
    static String table() {
        StringBuilder md = new StringBuilder("| Rule | Request | Response | oasdiff, where it differs |\n|---|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            List<String> ids = Stream.of(Direction.values()).filter(rule::applies).map(rule::template).toList();
            String id = ids.size() == 2 && ids.get(1).equals("response-" + ids.get(0).substring("request-".length()))
                    && ids.get(0).startsWith("request-")
                    ? "`{request,response}-" + ids.get(0).substring("request-".length()) + "`"
                    : String.join(", ", ids.stream().map(i -> "`" + i + "`").toList());
            md.append("| ").append(id).append(" | ").append(verdict(rule, REQUEST)).append(" | ")
                    .append(verdict(rule, RESPONSE)).append(" | ").append(rule.oasdiff()).append(" |\n");
        }
        return md.toString();
    }

    private static String verdict(Rule rule, Direction d) {
        if (!rule.applies(d)) {
            return "—";
        }
        Level level = rule.level(d);
        return level == Level.ERROR ? "**breaking**" : level == Level.WARNING ? "compatible, warns" : "compatible";
    }
}
