package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Flags and segments of type {@code auth0} come from loaded state and are read-only. */
class CatalogueTest {
    private static final Instant T = Tenant.START;
    private static final FeatureFlag FLAG = new FeatureFlag("flg_auth0", "Passkey enrollment", null, OwnerType.AUTH0,
            FlagStatus.ACTIVE, Map.of("prompt", new FlagParameter("boolean", false, null)), T, T);
    private static final Segment SEGMENT = new Segment("seg_auth0", "Mobile", null, OwnerType.AUTH0,
            List.of(new SegmentRule(Map.of("device_type", List.of("mobile")), null)), T, T);

    private final Tenant tenant = new Tenant(new EngineState(List.of(FLAG), List.of(
            new Variation("var_a", FLAG.id(), "Off", null, Map.of(), T, T),
            new Variation("var_b", FLAG.id(), "On", null, Map.of("prompt", true), T, T)), List.of(SEGMENT), List.of()));
    private final ExperimentCenter engine = tenant.engine;

    @Test
    void patchDeleteAndStatusOfAnAuth0FlagShouldBeForbidden() {
        EngineState before = engine.snapshot();
        List<ThrowingCallable> calls = List.of(
                () -> engine.updateFlag(FLAG.id(), new FlagPatch("Mine now", null, null)),
                () -> engine.updateFlag(FLAG.id(), new FlagPatch(null, Optional.empty(), null)),
                () -> engine.deleteFlag(FLAG.id()),
                () -> engine.transitionFlag(FLAG.id(), FlagStatus.ARCHIVED),
                // Even a move to the status it has: the flag is not the caller's to change.
                () -> engine.transitionFlag(FLAG.id(), FlagStatus.ACTIVE));
        for (ThrowingCallable call : calls) {
            EngineException e = failure(call);
            assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_NOT_MODIFIABLE);
            assertThat(status(e)).isEqualTo(403);
            assertThat(message(e)).isEqualTo("Feature flag cannot be modified.");
        }
        assertThat(engine.snapshot()).isEqualTo(before);
        assertThat(engine.getFlag(FLAG.id())).isEqualTo(FLAG);
    }

    @Test
    void patchAndDeleteOfAnAuth0SegmentShouldBeForbidden() {
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> engine.updateSegment(SEGMENT.id(), new SegmentPatch("Mine now", null, null)),
                () -> engine.deleteSegment(SEGMENT.id()))) {
            EngineException e = failure(call);
            assertThat(e.code()).isEqualTo(ErrorCode.SEGMENT_NOT_MODIFIABLE);
            assertThat(status(e)).isEqualTo(403);
            assertThat(message(e)).isEqualTo("Segment cannot be modified.");
        }
        assertThat(engine.getSegment(SEGMENT.id())).isEqualTo(SEGMENT);
    }

    @Test
    void missingIdsShouldStillBeNotFoundOrANoOpAndBadBodiesStillInvalid() {
        assertThat(engine.deleteFlag("flg_missing")).isFalse();
        assertThat(engine.deleteSegment("seg_missing")).isFalse();
        assertThat(failure(() -> engine.updateFlag("flg_missing", new FlagPatch("x", null, null))).code())
                .isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
        assertThat(failure(() -> engine.updateFlag(FLAG.id(), new FlagPatch(null, null, null))).code())
                .isEqualTo(ErrorCode.INVALID_BODY);
    }

    @Test
    void catalogueEntitiesShouldBeUsableByTheTenantsOwnVariationsAndExperiments() {
        Variation mine = engine.createVariation(FLAG.id(), new NewVariation("Mine", null, Map.of("prompt", true)));
        engine.updateVariation(FLAG.id(), mine.id(), new VariationPatch("Still mine", null, null));
        assertThat(engine.deleteVariation(FLAG.id(), mine.id())).isTrue();

        Experiment e = engine.createExperiment(new NewExperiment("On catalogue", null, FLAG.id(), "login",
                AllocationStrategy.SEGMENT, null, List.of(Allocation.segmented("var_b", SEGMENT.id(), 1, false, false),
                        Allocation.segmented("var_a", null, 2, true, true))));

        assertThat(e.valid()).isTrue();
        assertThat(engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE).result().status())
                .isEqualTo(ExperimentStatus.ACTIVE);
    }

    @Test
    void everythingCreatedThroughTheEngineShouldBeOfTypeSelf() {
        assertThat(engine.createFlag(new NewFlag("Own", null, null)).type()).isEqualTo(OwnerType.SELF);
        assertThat(engine.createSegment(new NewSegment("Own", null, null)).type()).isEqualTo(OwnerType.SELF);
    }
}
