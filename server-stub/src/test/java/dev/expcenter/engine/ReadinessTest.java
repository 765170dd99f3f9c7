package dev.expcenter.engine;

import dev.expcenter.engine.Words.Said;
import static dev.expcenter.engine.Words.said;
import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private List<ErrorCode> codes(Experiment e) {
        return engine.validateExperiment(e.id()).errors().stream().map(Problem::code).toList();
    }

    private void assertActivationFails(Experiment e, ErrorCode first, String message) {
        EngineException error = failure(() -> engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE));
        assertThat(error.code()).isEqualTo(first);
        assertThat(status(error)).isEqualTo(400);
        assertThat(message(error)).isEqualTo("Experiment cannot be activated: validation failed: " + message);
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void readyExperimentShouldValidateAndActivate() {
        Experiment e = tenant.readyExperiment();

        assertThat(e.valid()).isTrue();
        assertThat(engine.validateExperiment(e.id())).isEqualTo(new ValidationReport(true, List.of()));
        assertThat(engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE).result().status())
                .isEqualTo(ExperimentStatus.ACTIVE);
    }

    @Test
    void statusShouldReturnFeatureFlagNotActiveWhenFlagIsDraft() {
        FeatureFlag flag = tenant.draftFlag(2);
        Experiment e = tenant.percentageExperiment(flag, tenant.fiftyFifty(flag));

        assertThat(e.valid()).isFalse();
        assertThat(codes(e)).containsExactly(ErrorCode.FEATURE_FLAG_NOT_ACTIVE);
        assertActivationFails(e, ErrorCode.FEATURE_FLAG_NOT_ACTIVE,
                "Feature flag " + flag.id() + " is in draft status; must be active");
    }

    @Test
    void statusShouldReturnFeatureFlagNotActiveWhenFlagWasArchivedAfterCreation() {
        Experiment e = tenant.readyExperiment();
        engine.transitionFlag(e.featureFlagId(), FlagStatus.ARCHIVED);

        assertActivationFails(e, ErrorCode.FEATURE_FLAG_NOT_ACTIVE,
                "Feature flag " + e.featureFlagId() + " is in archived status; must be active");
    }

    @Test
    void anImportedExperimentWithoutAllocationsShouldFailControlAndWeightsButNoAllocationCheck() {
        Experiment bare = tenant.imported(tenant.activeFlag(), AllocationStrategy.PERCENTAGE, List.of());

        assertThat(codes(bare)).containsExactly(
                ErrorCode.EXPERIMENT_MISSING_CONTROL, ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS);
        assertActivationFails(bare, ErrorCode.EXPERIMENT_MISSING_CONTROL,
                "Exactly one allocation must have is_control true; found 0; Allocation weights must sum to 100; found 0");
    }

    @Test
    void fractionalWeightsSummingToHundredWithinOneBillionthShouldPass() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        // 33.3 + 33.3 + 33.4 is 100.00000000000001 in binary floating point.
        Experiment thirds = tenant.percentageExperiment(flag, List.of(Allocation.weighted(v.get(0), 33.3, true),
                Allocation.weighted(v.get(1), 33.3, false), Allocation.weighted(v.get(1), 33.4, false)));
        Experiment short1 = tenant.percentageExperiment(flag, List.of(Allocation.weighted(v.get(0), 50, true),
                Allocation.weighted(v.get(1), 49.999999, false)));

        assertThat(codes(thirds)).isEmpty();
        assertThat(said(engine.validateExperiment(short1.id()).errors())).containsExactly(new Said(
                ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS, "Allocation weights must sum to 100; found 99.999999"));
    }

    @Test
    void statusShouldReturnVariationNotFromFlagWhenVariationBelongsToAnotherFlag() {
        FeatureFlag flag = tenant.activeFlag();
        FeatureFlag other = tenant.activeFlag();
        String foreign = tenant.variationIds(other).get(0);
        Experiment e = tenant.imported(flag, AllocationStrategy.PERCENTAGE, List.of(
                Allocation.weighted(tenant.variationIds(flag).get(0), 50, true),
                Allocation.weighted(foreign, 50, false)));

        assertThat(codes(e)).containsExactly(ErrorCode.VARIATION_NOT_FROM_FLAG);
        assertActivationFails(e, ErrorCode.VARIATION_NOT_FROM_FLAG,
                "Variation " + foreign + " does not belong to feature flag " + flag.id());
    }

    @Test
    void unknownVariationIdsShouldCountAsNotFromTheFlag() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment e = tenant.imported(flag, AllocationStrategy.PERCENTAGE, List.of(
                Allocation.weighted("var_nope1", 50, true), Allocation.weighted("var_nope2", 50, false)));

        assertThat(said(engine.validateExperiment(e.id()).errors())).containsExactly(new Said(
                ErrorCode.VARIATION_NOT_FROM_FLAG,
                "Variations var_nope1, var_nope2 do not belong to feature flag " + flag.id()));
    }

    @Test
    void statusShouldReturnMissingControlWhenNoAllocationIsControl() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.percentageExperiment(flag, List.of(
                Allocation.weighted(v.get(0), 50, false), Allocation.weighted(v.get(1), 50, false)));

        assertThat(codes(e)).containsExactly(ErrorCode.EXPERIMENT_MISSING_CONTROL);
        assertActivationFails(e, ErrorCode.EXPERIMENT_MISSING_CONTROL,
                "Exactly one allocation must have is_control true; found 0");
    }

    @Test
    void statusShouldReturnMissingControlWhenTwoAllocationsAreControl() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.percentageExperiment(flag, List.of(
                Allocation.weighted(v.get(0), 50, true), Allocation.weighted(v.get(1), 50, true)));

        assertThat(codes(e)).containsExactly(ErrorCode.EXPERIMENT_MISSING_CONTROL);
    }

    @Test
    void statusShouldReturnInvalidWeightsWhenWeightsDoNotSumToHundred() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.percentageExperiment(flag, List.of(
                Allocation.weighted(v.get(0), 60, true), Allocation.weighted(v.get(1), 30, false)));

        assertThat(codes(e)).containsExactly(ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS);
        assertActivationFails(e, ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS,
                "Allocation weights must sum to 100; found 90");
    }

    @Test
    void nullWeightShouldCountAsZero() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.percentageExperiment(flag, List.of(
                Allocation.weighted(v.get(0), 100, true), new Allocation(v.get(1), null, null, null, false, null)));

        assertThat(engine.validateExperiment(e.id()).valid()).isTrue();
    }

    @Test
    void singleControlAllocationOfWeightHundredShouldBeEnough() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment e = tenant.percentageExperiment(flag,
                List.of(Allocation.weighted(tenant.variationIds(flag).get(0), 100, true)));

        assertThat(e.valid()).isTrue();
    }

    @Test
    void segmentStrategyShouldNotCheckWeights() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Segment fr = tenant.segment("France");
        Experiment e = tenant.segmentExperiment(flag, List.of(
                Allocation.segmented(v.get(0), fr.id(), 1, true, false),
                Allocation.segmented(v.get(1), null, 2, false, true)));

        assertThat(e.valid()).isTrue();
        assertThat(codes(e)).isEmpty();
    }

    @Test
    void statusShouldReturnMissingDefaultWhenSegmentStrategyHasNoFallback() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Segment fr = tenant.segment("France");
        Experiment e = tenant.segmentExperiment(flag, List.of(
                Allocation.segmented(v.get(0), fr.id(), 1, true, false),
                Allocation.segmented(v.get(1), fr.id(), 2, false, false)));

        assertThat(codes(e)).containsExactly(ErrorCode.EXPERIMENT_MISSING_DEFAULT);
        assertActivationFails(e, ErrorCode.EXPERIMENT_MISSING_DEFAULT,
                "Exactly one allocation must have is_fallback true; found 0");
    }

    @Test
    void statusShouldReturnMissingDefaultWhenTwoAllocationsAreFallback() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.segmentExperiment(flag, List.of(
                Allocation.segmented(v.get(0), null, 1, true, true),
                Allocation.segmented(v.get(1), null, 2, false, true)));

        assertThat(codes(e)).containsExactly(ErrorCode.EXPERIMENT_MISSING_DEFAULT);
    }

    @Test
    void statusShouldReturnSegmentNotFoundWhenSegmentIsUnknownOrMissing() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        Experiment e = tenant.imported(flag, AllocationStrategy.SEGMENT, List.of(
                Allocation.segmented(v.get(0), "seg_gone", 1, true, false),
                Allocation.segmented(v.get(1), null, 2, false, false),
                Allocation.segmented(v.get(1), null, 3, false, true)));

        assertThat(codes(e)).containsExactly(ErrorCode.SEGMENT_NOT_FOUND);
        assertActivationFails(e, ErrorCode.SEGMENT_NOT_FOUND,
                "Segments not found: seg_gone does not exist, allocations[1] has no segment_id");
    }

    @Test
    void statusShouldReturnActiveLimitExceededWhenAnotherExperimentIsActive() {
        Experiment running = tenant.experimentIn(ExperimentStatus.ACTIVE);
        Experiment e = tenant.readyExperiment();

        assertThat(e.valid()).isTrue();
        assertThat(said(engine.validateExperiment(e.id()).errors())).containsExactly(new Said(
                ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED, "Experiment " + running.id()
                        + " is already active; only one experiment may be active per tenant"));
        assertActivationFails(e, ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED, "Experiment " + running.id()
                + " is already active; only one experiment may be active per tenant");
    }

    @Test
    void resumeFromPausedShouldRunTheReadinessChecksToo() {
        Experiment first = tenant.experimentIn(ExperimentStatus.PAUSED);
        Experiment second = tenant.readyExperiment();
        engine.transitionExperiment(second.id(), ExperimentStatus.ACTIVE);

        EngineException error = failure(() -> engine.transitionExperiment(first.id(), ExperimentStatus.ACTIVE));

        assertThat(error.code()).isEqualTo(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
        assertThat(engine.getExperiment(first.id()).status()).isEqualTo(ExperimentStatus.PAUSED);
    }

    @Test
    void activeExperimentShouldNotCountAgainstItself() {
        Experiment e = tenant.experimentIn(ExperimentStatus.ACTIVE);

        assertThat(engine.validateExperiment(e.id()).valid()).isTrue();
    }

    @Test
    void activationShouldReportTheFirstCodeAndEveryMessageInCheckOrder() {
        Experiment running = tenant.experimentIn(ExperimentStatus.ACTIVE);
        FeatureFlag draft = tenant.draftFlag(2);
        List<String> v = tenant.variationIds(draft);
        Experiment e = tenant.percentageExperiment(draft, List.of(
                Allocation.weighted(v.get(0), 40, false), Allocation.weighted(v.get(1), 50, false)));

        List<String> messages = new ArrayList<>(Arrays.asList(
                "Feature flag " + draft.id() + " is in draft status; must be active",
                "Exactly one allocation must have is_control true; found 0",
                "Allocation weights must sum to 100; found 90",
                "Experiment " + running.id() + " is already active; only one experiment may be active per tenant"));
        assertThat(codes(e)).containsExactly(ErrorCode.FEATURE_FLAG_NOT_ACTIVE, ErrorCode.EXPERIMENT_MISSING_CONTROL,
                ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS, ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
        assertActivationFails(e, ErrorCode.FEATURE_FLAG_NOT_ACTIVE, String.join("; ", messages));
    }

    @Test
    void segmentChecksShouldComeAfterControlInOrder() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment e = tenant.imported(flag, AllocationStrategy.SEGMENT, List.of(
                Allocation.segmented("var_unknown", "seg_unknown", 1, false, false)));

        assertThat(codes(e)).containsExactly(ErrorCode.VARIATION_NOT_FROM_FLAG, ErrorCode.EXPERIMENT_MISSING_CONTROL,
                ErrorCode.EXPERIMENT_MISSING_DEFAULT, ErrorCode.SEGMENT_NOT_FOUND);
    }

    @Test
    void validateShouldWriteNothing() {
        Experiment running = tenant.experimentIn(ExperimentStatus.ACTIVE);
        FeatureFlag draft = tenant.draftFlag(2);
        Experiment e = tenant.percentageExperiment(draft, tenant.fiftyFifty(draft));
        EngineState before = engine.snapshot();
        tenant.clock.advance(java.time.Duration.ofMinutes(1));

        engine.validateExperiment(e.id());
        engine.validateExperiment(running.id());

        assertThat(engine.snapshot()).isEqualTo(before);
    }

    @Test
    void validateShouldReturnNotFoundWhenExperimentIsMissing() {
        assertThat(failure(() -> engine.validateExperiment("exp_missing")).code())
                .isEqualTo(ErrorCode.INEXISTENT_EXPERIMENT);
    }

    @Test
    void storedValidityShouldBeRecomputedOnWritesOnlyNotWhenRelatedEntitiesChange() {
        Experiment e = tenant.readyExperiment();
        engine.transitionFlag(e.featureFlagId(), FlagStatus.ARCHIVED);

        assertThat(engine.getExperiment(e.id()).valid()).isTrue();
        assertThat(engine.validateExperiment(e.id()).valid()).isFalse();

        Experiment patched = engine.updateExperiment(e.id(), new ExperimentPatch("Renamed", null, null, null));
        assertThat(patched.valid()).isFalse();
    }

    @Test
    void storedValidityShouldFollowAllocationEdits() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment e = tenant.percentageExperiment(flag,
                List.of(Allocation.weighted(tenant.variationIds(flag).get(0), 60, true)));
        assertThat(e.valid()).isFalse();

        Experiment fixed = engine.updateExperiment(e.id(),
                new ExperimentPatch(null, null, null, tenant.fiftyFifty(engine.getFlag(e.featureFlagId()))));

        assertThat(fixed.valid()).isTrue();
    }
}
