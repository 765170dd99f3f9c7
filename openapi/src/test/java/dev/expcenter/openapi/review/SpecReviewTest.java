package dev.expcenter.openapi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecReview.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on fixture pairs: {@code src/test/resources/diff/released-1.0.0.yaml} against each edited copy,
 * with the consumer pacts in {@code diff/pacts} (web-console: Pact v3, flag-service: Pact v4).
 */
class SpecReviewTest {

    private static final Path DIFF = Fixtures.DIFF;
    private static final Path RELEASED = Fixtures.RELEASED;
    private static final Path PACTS = Fixtures.PACTS;

    private static Result review(String fixture) {
        return Fixtures.review("released-1.0.0.yaml", fixture);
    }

    private static SpecChange only(List<SpecChange> changes, String method, String path, String summaryPart) {
        return Fixtures.only(changes, method, path, summaryPart);
    }

    @Test
    void removedResponseFieldIsBreakingAndNamesTheConsumerThatReadsIt() {
        Result r = review("response-field-removed.yaml");

        assertThat(r.fails()).isTrue();
        SpecChange get = only(r.breaking(), "GET", "/experimentation/experiments/{id}", "`started_at`");
        assertThat(get.category()).isEqualTo(Category.RESPONSE_PROPERTY);
        assertThat(get.field()).isEqualTo("started_at");
        assertThat(get.status()).isEqualTo("200");
        assertThat(r.consumersOf(get)).containsExactly(
                "consumer `web-console`, interaction \"a request for an active experiment\" reads `started_at` (in its 200 response)");

        // createExperiment's 201 loses it too, but no pact reads it there.
        SpecChange post = only(r.breaking(), "POST", "/experimentation/experiments", "`started_at`");
        assertThat(r.consumersOf(post)).isEmpty();

        assertThat(get.rule()).isEqualTo("response-optional-property-removed");
        assertThat(get.direction()).isEqualTo(SpecChange.Direction.RESPONSE);
        assertThat(r.failureMessage())
                .contains("GET /experimentation/experiments/{id} (getExperiment): response 200 property `started_at`: removed"
                        + " [rule `response-optional-property-removed`, response]")
                .contains("breaks consumer `web-console`, interaction \"a request for an active experiment\" reads `started_at`")
                .contains("no consumer pact uses it")
                .doesNotContain("flag-service")
                .contains("info.version 2.0.0");
        assertThat(r.markdown())
                .contains("**BREAKING**")
                .contains("response 200 property `started_at`: removed [rule `response-optional-property-removed`, response]")
                .contains("| `response-optional-property-removed` | response | **breaking** | 2 |")
                .contains("Breaks consumer `web-console`")
                .contains("Consumers: no consumer pact uses it.");
    }

    @Test
    void removedEnumValueIsBreakingInRequestsAndResponses() {
        Result r = review("enum-value-removed.yaml");

        assertThat(r.fails()).isTrue();
        SpecChange request = only(r.breaking(), "POST", "/experimentation/experiments",
                "request body property `allocation_strategy`: enum value `segment` removed");
        assertThat(request.category()).isEqualTo(Category.ENUM_VALUE);
        assertThat(request.value()).isEqualTo("segment");
        // Only the consumer that sends the removed value is broken by the request side.
        assertThat(r.consumersOf(request)).containsExactly(
                "consumer `web-console`, interaction \"a request to create a segment experiment\" sends `allocation_strategy` = `segment`");

        SpecChange response = only(r.breaking(), "GET", "/experimentation/experiments/{id}",
                "response 200 property `allocation_strategy`: enum value `segment` removed");
        assertThat(r.consumersOf(response)).hasSize(2)
                .anyMatch(u -> u.contains("`web-console`"))
                .anyMatch(u -> u.contains("`flag-service`"));
    }

    @Test
    void requiredRequestPropertyAddedIsBreakingForEveryConsumerNotSendingIt() {
        Result r = review("required-request-property-added.yaml");

        assertThat(r.fails()).isTrue();
        SpecChange c = only(r.breaking(), "POST", "/experimentation/experiments", "`feature_flag_id`");
        assertThat(c.category()).isEqualTo(Category.REQUEST_PROPERTY);
        assertThat(c.summary()).contains("required property added");
        assertThat(r.consumersOf(c)).containsExactlyInAnyOrder(
                "consumer `web-console`, interaction \"a request to create a segment experiment\" does not send `feature_flag_id`",
                "consumer `flag-service`, interaction \"a request to create a percentage experiment\" does not send `feature_flag_id`");
        assertThat(r.breaking()).hasSize(1);
    }

    @Test
    void removedResponseCodeIsBreaking() {
        Result r = review("response-code-removed.yaml");

        assertThat(r.fails()).isTrue();
        SpecChange c = only(r.breaking(), "GET", "/experimentation/experiments/{id}", "response 404 removed");
        assertThat(c.category()).isEqualTo(Category.RESPONSE_CODE);
        assertThat(r.consumersOf(c)).containsExactly(
                "consumer `web-console`, interaction \"a request for an unknown experiment\" expects a 404 response");
        assertThat(r.breaking()).hasSize(1);
    }

    @Test
    void removedParameterAndOperationAreBreaking() {
        Result r = review("parameter-and-operation-removed.yaml");

        assertThat(r.fails()).isTrue();
        SpecChange param = only(r.breaking(), "GET", "/experimentation/experiments/{id}", "query parameter `fields` removed");
        assertThat(r.consumersOf(param)).containsExactly(
                "consumer `flag-service`, interaction \"a request for a draft experiment's id and status\" sends query parameter `fields`");
        SpecChange op = only(r.breaking(), "POST", "/experimentation/experiments", "operation removed");
        assertThat(r.consumersOf(op)).hasSize(2);
    }

    @Test
    void narrowedTypesAreBreaking() {
        Result r = review("type-narrowed.yaml");

        assertThat(r.fails()).isTrue();
        only(r.breaking(), "POST", "/experimentation/experiments", "`description`: type changed from `string` to `integer`");
        only(r.breaking(), "POST", "/experimentation/experiments", "`name`: maxLength changed from `255` to `100`");
    }

    @Test
    void aNewLimitIsSafeOnWhatTheServerSendsButBreaksWhatClientsSend() {
        Result r = review("constraint-added.yaml");

        // The response's id gains a pattern: the server sends fewer kinds of value, so readers are safe.
        assertThat(r.breaking()).noneMatch(c -> c.summary().contains("`id`"));
        assertThat(r.changes()).anyMatch(c -> !c.breaking() && c.summary().contains("`id`: pattern"));
        // The request's description gains a pattern: values clients sent before may now be refused.
        assertThat(r.breaking()).anyMatch(c -> c.summary().contains("`description`: pattern"));
        assertThat(r.fails()).isTrue();
    }

    @Test
    void compatibleAdditionPassesAndIsListed() {
        Result r = review("compatible-addition.yaml");

        assertThat(r.fails()).isFalse();
        assertThat(r.breaking()).isEmpty();
        only(r.compatible(), "GET", "/experimentation/experiments/{id}", "response 200 property `ended_at`: property added");
        SpecChange added = only(r.compatible(), "DELETE", "/experimentation/experiments/{id}", "operation added");
        assertThat(added.category()).isEqualTo(Category.OPERATION);
        assertThat(r.markdown())
                .contains("**compatible**")
                .contains("## Compatible changes")
                .contains("### `DELETE /experimentation/experiments/{id}` (deleteExperiment)")
                .contains("response 200 property `ended_at`: property added");
    }

    @Test
    void majorVersionBumpAllowsABreakingChangeButStillReportsIt() {
        Result r = review("major-version-bump.yaml");

        assertThat(r.majorBumped()).isTrue();
        assertThat(r.fails()).isFalse();
        SpecChange c = only(r.breaking(), "GET", "/experimentation/experiments/{id}", "`started_at`: removed");
        assertThat(r.consumersOf(c)).hasSize(1);
        assertThat(r.markdown()).contains("**breaking, allowed**").contains("Breaks consumer `web-console`");
    }

    @Test
    void withoutPactsTheReportSaysSo(@TempDir Path tmp) {
        Result r = SpecReview.review(DIFF.resolve("response-field-removed.yaml"), RELEASED, tmp.resolve("no-such-dir"));

        assertThat(r.noPacts()).isTrue();
        assertThat(r.markdown()).contains("no consumer pacts found");
        assertThat(r.failureMessage()).contains("no consumer pacts found");
    }

    @Test
    void identicalSpecsHaveNoChanges() {
        Result r = SpecReview.review(RELEASED, RELEASED, PACTS);

        assertThat(r.changes()).isEmpty();
        assertThat(r.fails()).isFalse();
        assertThat(r.markdown()).contains("**unchanged**");
    }

    @Test
    void mainWritesTheReportAndFailsOnABreakingChange(@TempDir Path tmp) throws IOException {
        Path released = Files.createDirectories(tmp.resolve("released"));
        Files.copy(RELEASED, released.resolve("1.0.0.yaml"));
        Path report = tmp.resolve("target/spec-changes.md");

        assertThatThrownBy(() -> SpecReview.main(new String[] {"--spec", DIFF.resolve("response-field-removed.yaml").toString(),
                    "--released", released.toString(), "--pacts", PACTS.toString(), "--report", report.toString()}))
                .isInstanceOf(SpecReview.BreakingChangesException.class)
                .hasMessageContaining("`started_at`")
                .hasMessageContaining("`web-console`");
        assertThat(report).content().contains("**BREAKING**");

        SpecReview.main(new String[] {"--spec", DIFF.resolve("compatible-addition.yaml").toString(),
            "--released", released.toString(), "--pacts", PACTS.toString(), "--report", report.toString()});
        assertThat(report).content().contains("**compatible**");
    }

    @Test
    void aRenamedSchemeWithTheSameScopesIsCompatibleAndFormatsAndPatternsAreJudgedByDirection() {
        Result r = SpecReview.review(DIFF.resolve("format-pattern-scheme.yaml"), DIFF.resolve("security-base.yaml"), PACTS);
        String get = "/experimentation/experiments/{id}";

        assertThat(r.breaking()).noneMatch(c -> c.category() == Category.SECURITY);
        assertThat(only(r.compatible(), "GET", get, "security schemes changed").summary())
                .contains("[`oauth2`] to [`bearerAuth`, `oAuth2ClientCredentials`]");
        // Dropping a format widens what a request may send, and what a response may hold.
        assertThat(only(r.compatible(), "GET", get, "query parameter `take`").summary()).endsWith("format `int32` removed");
        assertThat(only(r.breaking(), "GET", get, "`priority`").summary())
                .endsWith("format `int32` removed (values may now exceed it)");
        assertThat(only(r.breaking(), "GET", get, "`id`").summary())
                .endsWith("pattern `^exp_[A-HJ-NP-Za-km-z1-9]+$` removed (responses may now hold values clients did not expect)");
        assertThat(r.markdown()).doesNotContain("from `integer` to `integer`").doesNotContain("narrower for clients");
    }

    @Test
    void aRaisedMinLengthOnARequestIsBreaking() {
        Result r = review("min-length-raised.yaml");

        assertThat(r.fails()).isTrue();
        assertThat(only(r.breaking(), "POST", "/experimentation/experiments", "`name`").summary())
                .endsWith("minLength changed from `1` to `3` (requests valid before may now be refused)");
    }

    @Test
    void aNewDefaultOfAQueryParameterIsBreaking() {
        Result r = SpecReview.review(DIFF.resolve("take-default-added.yaml"), DIFF.resolve("security-base.yaml"), PACTS);

        assertThat(only(r.breaking(), "GET", "/experimentation/experiments/{id}", "query parameter `take`").summary())
                .endsWith("default `10` added (clients that leave it out now get another answer)");
        assertThat(r.changes()).hasSize(1);
    }
}
