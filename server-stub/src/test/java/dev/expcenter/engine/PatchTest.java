package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** PATCH sends at least one property; {@code description} is tri-state and can be cleared. */
class PatchTest {
    private static final String TOO_FEW = "Payload validation error: 'Too few properties defined (0), minimum 1'";

    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private Instant tick() {
        tenant.clock.advance(Duration.ofSeconds(10));
        return tenant.clock.peek().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void aPatchSendingNothingShouldBeInvalidBeforeTheLookup() {
        Experiment e = tenant.readyExperiment();
        FeatureFlag flag = engine.getFlag(e.featureFlagId());
        Variation v = engine.listVariations(flag.id()).get(0);
        Segment s = tenant.segment("France");
        EngineState before = engine.snapshot();

        List<ThrowingCallable> calls = List.of(
                () -> engine.updateExperiment(e.id(), new ExperimentPatch(null, null, null, null)),
                () -> engine.updateFlag(flag.id(), new FlagPatch(null, null, null)),
                () -> engine.updateVariation(flag.id(), v.id(), new VariationPatch(null, null, null)),
                () -> engine.updateSegment(s.id(), new SegmentPatch(null, null, null)),
                () -> engine.updateExperiment("exp_missing", new ExperimentPatch(null, null, null, null)),
                () -> engine.updateSegment("seg_missing", new SegmentPatch(null, null, null)));
        for (ThrowingCallable call : calls) {
            EngineException error = failure(call);
            assertThat(error.code()).isEqualTo(ErrorCode.INVALID_BODY);
            assertThat(status(error)).isEqualTo(400);
            assertThat(message(error)).isEqualTo(TOO_FEW);
        }
        assertThat(engine.snapshot()).isEqualTo(before);
    }

    @Test
    void anExplicitlyEmptyDescriptionShouldClearItAndMoveUpdatedAt() {
        Experiment e = tenant.readyExperiment();
        FeatureFlag flag = engine.getFlag(e.featureFlagId());
        Variation v = engine.updateVariation(flag.id(), engine.listVariations(flag.id()).get(0).id(),
                new VariationPatch(null, Optional.of("A variation"), null));
        Segment s = engine.updateSegment(tenant.segment("France").id(),
                new SegmentPatch(null, Optional.of("A segment"), null));
        Instant later = tick();

        Experiment clearedExperiment = engine.updateExperiment(e.id(), new ExperimentPatch(null, Optional.empty(),
                null, null));
        FeatureFlag clearedFlag = engine.updateFlag(flag.id(), new FlagPatch(null, Optional.empty(), null));
        Variation clearedVariation = engine.updateVariation(flag.id(), v.id(), new VariationPatch(null, Optional.empty(),
                null));
        Segment clearedSegment = engine.updateSegment(s.id(), new SegmentPatch(null, Optional.empty(), null));

        assertThat(List.of(e.description(), flag.description(), v.description(), s.description())).doesNotContainNull();
        assertThat(clearedExperiment.description()).isNull();
        assertThat(clearedFlag.description()).isNull();
        assertThat(clearedVariation.description()).isNull();
        assertThat(clearedSegment.description()).isNull();
        assertThat(List.of(clearedExperiment.updatedAt(), clearedFlag.updatedAt(), clearedVariation.updatedAt(),
                clearedSegment.updatedAt())).containsOnly(later);
        assertThat(engine.getExperiment(e.id())).isEqualTo(clearedExperiment);
    }

    @Test
    void clearingAnAbsentDescriptionShouldChangeNothing() {
        Segment s = tenant.segment("France");
        tick();

        assertThat(s.description()).isNull();
        assertThat(engine.updateSegment(s.id(), new SegmentPatch(null, Optional.empty(), null))).isEqualTo(s);
    }

    @Test
    void aSentDescriptionShouldReplaceItAndAMissingOneKeepIt() {
        Experiment e = tenant.readyExperiment();

        Experiment set = engine.updateExperiment(e.id(), new ExperimentPatch(null, Optional.of("New"), null, null));
        Experiment kept = engine.updateExperiment(e.id(), new ExperimentPatch("Renamed", null, null, null));

        assertThat(set.description()).isEqualTo("New");
        assertThat(kept.description()).isEqualTo("New");
    }
}
