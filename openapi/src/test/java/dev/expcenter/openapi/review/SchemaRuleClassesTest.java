package dev.expcenter.openapi.review;

import static dev.expcenter.openapi.review.Fixtures.expect;
import static dev.expcenter.openapi.review.Fixtures.review;
import static dev.expcenter.openapi.review.SpecChange.Direction.REQUEST;
import static dev.expcenter.openapi.review.SpecChange.Direction.RESPONSE;
import static dev.expcenter.openapi.review.SpecChange.Verdict.BREAKING;
import static dev.expcenter.openapi.review.SpecChange.Verdict.COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.openapi.review.SpecReview.Result;
import org.junit.jupiter.api.Test;

/**
 * The gate's schema rule classes, each on a fixture pair (the other way round gives the opposite change),
 * judged in requests (createExperiment's body, getExperiment's parameters) and responses (the Experiment
 * both answer with) apart.
 */
class SchemaRuleClassesTest {

    @Test
    void defaultsOfParametersAndRequestPropertiesBreakCallersThatLeaveThemOutAndWarnInResponses() {
        Result added = review("security-base.yaml", "defaults-added.yaml");
        SpecChange take = expect(added, "request-parameter-default-value-added", REQUEST, BREAKING, 1).get(0);
        assertThat(take.summary()).isEqualTo("query parameter `take`: default `25` added (clients that leave it out now get another answer)");
        assertThat(added.consumersOf(take)).hasSize(3).allMatch(u -> u.endsWith("does not send query parameter `take`"));
        assertThat(added.consumersOf(expect(added, "request-property-default-value-added", REQUEST, BREAKING, 1).get(0)))
                .containsExactlyInAnyOrder(
                        "consumer `web-console`, interaction \"a request to create a segment experiment\" does not send `description`",
                        "consumer `flag-service`, interaction \"a request to create a percentage experiment\" does not send `description`");
        assertThat(expect(added, "response-property-default-value-added", RESPONSE, COMPATIBLE, 2)).allMatch(SpecChange::warning);

        Result removed = review("defaults-added.yaml", "security-base.yaml");
        expect(removed, "request-parameter-default-value-removed", REQUEST, BREAKING, 1);
        expect(removed, "request-property-default-value-removed", REQUEST, BREAKING, 1);
        expect(removed, "response-property-default-value-removed", RESPONSE, COMPATIBLE, 2);

        Result changed = review("defaults-added.yaml", "defaults-changed.yaml");
        assertThat(expect(changed, "request-property-default-value-changed", REQUEST, BREAKING, 1).get(0).summary())
                .isEqualTo("request body property `description`: default changed from `\"\"` to `\"(none)\"`"
                        + " (clients that leave it out now get another answer)");
        expect(changed, "request-parameter-default-value-changed", REQUEST, BREAKING, 1);
        expect(changed, "response-property-default-value-changed", RESPONSE, COMPATIBLE, 2);
        assertThat(changed.changes()).hasSize(4);
    }

    @Test
    void patternsNarrowRequestsWhenAddedAndWidenResponsesWhenRemovedAndChangedOnesBreakBoth() {
        Result added = review("released-1.0.0.yaml", "constraint-added.yaml");
        expect(added, "request-property-pattern-added", REQUEST, BREAKING, 1);
        expect(added, "response-property-pattern-added", RESPONSE, COMPATIBLE, 2);

        Result removed = review("constraint-added.yaml", "released-1.0.0.yaml");
        expect(removed, "request-property-pattern-removed", REQUEST, COMPATIBLE, 1);
        assertThat(expect(removed, "response-property-pattern-removed", RESPONSE, BREAKING, 2))
                .allMatch(c -> removed.consumersOf(c).size() == 2);

        Result changed = review("constraint-added.yaml", "pattern-changed.yaml");
        assertThat(expect(changed, "request-property-pattern-changed", REQUEST, BREAKING, 1).get(0).summary())
                .isEqualTo("request body property `description`: pattern changed from `^\\S(.*\\S)?$` to `^\\S.*$`"
                        + " (requests valid before may now be refused)");
        expect(changed, "response-property-pattern-changed", RESPONSE, BREAKING, 2);
    }

    @Test
    void anEnumValueAddedIsCompatibleInRequestsAndWarnsInResponses() {
        Result r = review("released-1.0.0.yaml", "enum-value-added.yaml");

        assertThat(r.fails()).isFalse(); // openapi-diff calls it incompatible in responses
        assertThat(expect(r, "request-property-enum-value-added", REQUEST, COMPATIBLE, 1)).noneMatch(SpecChange::warning);
        assertThat(expect(r, "response-property-enum-value-added", RESPONSE, COMPATIBLE, 2))
                .allMatch(SpecChange::warning)
                .allMatch(c -> c.summary().endsWith("enum value `holdout` added (clients must tolerate values they do not know)"));
        assertThat(r.changes()).hasSize(3);
        assertThat(r.markdown())
                .contains("| Changes | 0 breaking, 3 compatible (2 with a warning) |")
                .contains("- Enum value (**warning**): response 200 property `allocation_strategy`: enum value `holdout` added");
    }

    @Test
    void nullableBreaksWhatClientsReadWhenAddedAndWhatTheySendWhenRemoved() {
        Result added = review("released-1.0.0.yaml", "nullable-added.yaml");
        expect(added, "request-property-became-nullable", REQUEST, COMPATIBLE, 1);
        SpecChange get = expect(added, "response-property-became-nullable", RESPONSE, BREAKING, 2).stream()
                .filter(c -> c.method().equals("GET")).findFirst().orElseThrow();
        assertThat(added.consumersOf(get)).containsExactly(
                "consumer `web-console`, interaction \"a request for an active experiment\" reads `started_at` (in its 200 response)");

        Result removed = review("nullable-added.yaml", "released-1.0.0.yaml");
        expect(removed, "request-property-became-not-nullable", REQUEST, BREAKING, 1);
        expect(removed, "response-property-became-not-nullable", RESPONSE, COMPATIBLE, 2);
    }

    @Test
    void readOnlyAndWriteOnlyAreJudgedByWhoSendsAndWhoReads() {
        Result readOnly = review("released-1.0.0.yaml", "read-only-added.yaml");
        SpecChange name = expect(readOnly, "request-property-became-read-only", REQUEST, BREAKING, 2).stream()
                .filter(c -> c.field().equals("name")).findFirst().orElseThrow();
        assertThat(readOnly.consumersOf(name)).hasSize(2).allMatch(u -> u.endsWith("sends `name`"));
        expect(readOnly, "response-property-became-read-only", RESPONSE, COMPATIBLE, 2);

        Result notReadOnly = review("read-only-added.yaml", "released-1.0.0.yaml");
        assertThat(expect(notReadOnly, "request-required-property-became-not-read-only", REQUEST, BREAKING, 1).get(0).field())
                .isEqualTo("name");
        expect(notReadOnly, "request-property-became-not-read-only", REQUEST, COMPATIBLE, 1);
        expect(notReadOnly, "response-property-became-not-read-only", RESPONSE, COMPATIBLE, 2);

        Result writeOnly = review("released-1.0.0.yaml", "write-only-added.yaml");
        expect(writeOnly, "request-property-became-write-only", REQUEST, COMPATIBLE, 1);
        assertThat(expect(writeOnly, "response-property-became-write-only", RESPONSE, BREAKING, 2))
                .allMatch(c -> c.summary().endsWith("`started_at`: now write-only (no longer returned)"));

        Result notWriteOnly = review("write-only-added.yaml", "released-1.0.0.yaml");
        expect(notWriteOnly, "request-property-became-not-write-only", REQUEST, COMPATIBLE, 1);
        expect(notWriteOnly, "response-property-became-not-write-only", RESPONSE, COMPATIBLE, 2);
        assertThat(notWriteOnly.fails()).isFalse();
    }

    @Test
    void oneOfAndAnyOfBranchesAddedBreakReadersAndRemovedBreakSenders() {
        Result oneOfAdded = review("one-of-base.yaml", "one-of-branch-added.yaml");
        expect(oneOfAdded, "request-property-one-of-added", REQUEST, COMPATIBLE, 1);
        assertThat(expect(oneOfAdded, "response-property-one-of-added", RESPONSE, BREAKING, 2))
                .allMatch(c -> c.summary().endsWith("`allocation_strategy`: oneOf branch `{\"type\":\"string\",\"enum\":[\"holdout\"]}` added"));
        assertThat(oneOfAdded.changes()).hasSize(3);

        Result oneOfRemoved = review("one-of-branch-added.yaml", "one-of-base.yaml");
        expect(oneOfRemoved, "request-property-one-of-removed", REQUEST, BREAKING, 1);
        expect(oneOfRemoved, "response-property-one-of-removed", RESPONSE, COMPATIBLE, 2);

        // openapi-diff folds anyOf into its parent: it sees the merged enum, not the branch.
        Result anyOfAdded = review("any-of-base.yaml", "any-of-branch-added.yaml");
        expect(anyOfAdded, "request-property-any-of-added", REQUEST, COMPATIBLE, 1);
        expect(anyOfAdded, "response-property-any-of-added", RESPONSE, BREAKING, 2);
        expect(anyOfAdded, "response-property-enum-value-added", RESPONSE, COMPATIBLE, 2);

        Result anyOfRemoved = review("any-of-branch-added.yaml", "any-of-base.yaml");
        expect(anyOfRemoved, "request-property-any-of-removed", REQUEST, BREAKING, 1);
        expect(anyOfRemoved, "response-property-any-of-removed", RESPONSE, COMPATIBLE, 2);
    }

    @Test
    void requiredBreaksSendersWhenAddedAndReadersWhenDropped() {
        Result required = review("released-1.0.0.yaml", "required-added.yaml");
        SpecChange description = expect(required, "request-property-became-required", REQUEST, BREAKING, 1).get(0);
        assertThat(required.consumersOf(description)).hasSize(2).allMatch(u -> u.endsWith("does not send `description`"));
        expect(required, "response-property-became-required", RESPONSE, COMPATIBLE, 2);

        Result optional = review("required-added.yaml", "released-1.0.0.yaml");
        expect(optional, "request-property-became-optional", REQUEST, COMPATIBLE, 1);
        expect(optional, "response-property-became-optional", RESPONSE, BREAKING, 2);

        expect(review("released-1.0.0.yaml", "required-request-property-added.yaml"),
                "new-required-request-property", REQUEST, BREAKING, 1);
    }

    @Test
    void typesChangedBreakBothDirectionsAndAFormatAddedOnlyNarrowsResponses() {
        Result r = review("released-1.0.0.yaml", "type-changed.yaml");
        expect(r, "request-property-type-changed", REQUEST, BREAKING, 1);
        expect(r, "response-property-type-changed", RESPONSE, BREAKING, 2);
        assertThat(r.changes()).hasSize(3); // nothing else is compared across types

        Result formats = review("format-pattern-scheme.yaml", "security-base.yaml");
        expect(formats, "request-parameter-format-added", REQUEST, BREAKING, 1);
        expect(formats, "response-property-format-added", RESPONSE, COMPATIBLE, 2);
        expect(review("security-base.yaml", "format-pattern-scheme.yaml"), "response-property-format-removed", RESPONSE,
                BREAKING, 2);
    }
}
