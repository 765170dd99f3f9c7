package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExperimentWriteRulesTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    @Test
    void createShouldStartInDraftWithDefaultSubject() {
        FeatureFlag flag = tenant.activeFlag();

        Experiment e = engine.createExperiment(new NewExperiment("Test", null, flag.id(), "login",
                AllocationStrategy.PERCENTAGE, null, tenant.fiftyFifty(flag)));

        assertThat(e.status()).isEqualTo(ExperimentStatus.DRAFT);
        assertThat(e.assignmentSubject()).isEqualTo("device");
        assertThat(e.allocations()).isEqualTo(tenant.fiftyFifty(flag));
        assertThat(e.id()).matches("exp_[1-9A-HJ-NP-Za-km-z]{22}");
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void createShouldReturnNotFoundWhenFlagIsUnknown() {
        EngineException e = failure(() -> engine.createExperiment(new NewExperiment("Test", null, "flg_nope", "login",
                AllocationStrategy.PERCENTAGE, null, List.of(Allocation.weighted("var_nope", 100, true)))));

        assertThat(e.code()).isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
        assertThat(status(e)).isEqualTo(404);
        assertThat(message(e)).isEqualTo("Feature flag not found.");
    }

    @Test
    void createShouldReturnBadRequestWhenFlagIsArchived() {
        FeatureFlag flag = tenant.flagIn(FlagStatus.ARCHIVED);

        EngineException e = failure(() -> tenant.percentageExperiment(flag, tenant.fiftyFifty(flag)));

        assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_ARCHIVED);
        assertThat(status(e)).isEqualTo(400);
    }

    @Test
    void createShouldAcceptDraftFlag() {
        FeatureFlag draft = tenant.draftFlag(2);

        assertThat(tenant.percentageExperiment(draft, tenant.fiftyFifty(draft)).status())
                .isEqualTo(ExperimentStatus.DRAFT);
    }

    @Test
    void createShouldReturnInvalidBodyWhenAllocationsAreMissingOrEmpty() {
        FeatureFlag flag = tenant.activeFlag();

        EngineException missing = failure(() -> tenant.percentageExperiment(flag, null));
        EngineException empty = failure(() -> tenant.percentageExperiment(flag, List.of()));

        assertThat(missing.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(missing))
                .isEqualTo("Payload validation error: 'Missing required property: allocations' on property allocations");
        assertThat(empty.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(empty))
                .isEqualTo("Payload validation error: 'Array is too short (0), minimum 1' on property allocations");
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items()).isEmpty();
    }

    @Test
    void createShouldReturnInvalidBodyWhenNameIsMissing() {
        FeatureFlag flag = tenant.activeFlag();

        EngineException e = failure(() -> engine.createExperiment(new NewExperiment(null, null, flag.id(), "login",
                AllocationStrategy.PERCENTAGE, null, null)));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(e)).isEqualTo("Payload validation error: 'Missing required property: name' on property name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100.5     | Value 100.5 is greater than maximum 100
            101       | Value 101 is greater than maximum 100
            -5        | Value -5 is less than minimum 0
            -0.001    | Value -0.001 is less than minimum 0
            NaN       | Value NaN is less than minimum 0
            Infinity  | Value Infinity is greater than maximum 100
            """)
    void createShouldReturnInvalidBodyWhenWeightIsOutOfRange(double weight, String what) {
        FeatureFlag flag = tenant.activeFlag();
        String v = tenant.variationIds(flag).get(0);

        EngineException e = failure(() -> tenant.percentageExperiment(flag,
                List.of(Allocation.weighted(v, weight, true))));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(e)).isEqualTo("Payload validation error: '" + what + "' on property allocations[0].weight");
    }

    @Test
    void createShouldAcceptFractionalWeightsFromZeroToHundred() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);

        Experiment e = tenant.percentageExperiment(flag, List.of(Allocation.weighted(v.get(0), 0, true),
                Allocation.weighted(v.get(1), 99.5, false), Allocation.weighted(v.get(1), 0.5, false)));

        assertThat(e.allocations()).extracting(Allocation::weight).containsExactly(0.0, 99.5, 0.5);
    }

    @Test
    void priorityShouldBeAnIntegerFromOneWithoutUpperBound() {
        FeatureFlag flag = tenant.activeFlag();
        String v = tenant.variationIds(flag).get(0);

        Experiment e = tenant.segmentExperiment(flag, List.of(Allocation.segmented(v, null, 1_000_000, true, true)));
        EngineException zero = failure(() -> tenant.segmentExperiment(flag,
                List.of(Allocation.segmented(v, null, 0, true, true))));

        assertThat(e.allocations().get(0).priority()).isEqualTo(1_000_000);
        assertThat(zero.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(zero)).endsWith("on property allocations[0].priority");
    }

    @Test
    void createShouldReturnTooManyAllocationsWhenMoreThanTwenty() {
        FeatureFlag flag = tenant.activeFlag();
        String v = tenant.variationIds(flag).get(0);

        EngineException e = failure(() -> tenant.percentageExperiment(flag,
                Collections.nCopies(21, Allocation.weighted(v, 1, false))));

        assertThat(e.code()).isEqualTo(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS);
        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e)).isEqualTo("Experiments may have at most 20 allocations.");
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items()).isEmpty();
    }

    @Test
    void patchShouldReturnTooManyAllocationsOrInvalidBodyAndChangeNothing() {
        Experiment e = tenant.readyExperiment();
        String v = e.allocations().get(0).variationId();

        EngineException many = failure(() -> engine.updateExperiment(e.id(), new ExperimentPatch(null, null, null,
                Collections.nCopies(21, Allocation.weighted(v, 1, false)))));
        EngineException none = failure(() -> engine.updateExperiment(e.id(), new ExperimentPatch(null, null, null,
                List.of())));

        assertThat(many.code()).isEqualTo(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS);
        assertThat(none.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void createShouldAcceptTwentyAllocations() {
        FeatureFlag flag = tenant.activeFlag();
        String v = tenant.variationIds(flag).get(0);

        assertThat(tenant.percentageExperiment(flag, Collections.nCopies(20, Allocation.weighted(v, 5, false)))
                .allocations()).hasSize(20);
    }

    @Test
    void createShouldReturnInvalidBodyWhenAllocationHasNoVariation() {
        FeatureFlag flag = tenant.activeFlag();

        EngineException e = failure(() -> tenant.percentageExperiment(flag,
                List.of(Allocation.weighted(null, 100, true))));

        assertThat(message(e)).endsWith("on property allocations[0].variation_id");
    }

    @Test
    void createShouldReturnVariationNotFromFlagForAVariationOfAnotherFlagOrAnUnknownOne() {
        FeatureFlag flag = tenant.activeFlag();
        String own = tenant.variationIds(flag).get(0);
        String foreign = tenant.variationIds(tenant.activeFlag()).get(1);

        for (String bad : List.of(foreign, "var_unknown")) {
            EngineException e = failure(() -> tenant.percentageExperiment(flag, List.of(
                    Allocation.weighted(own, 50, true), Allocation.weighted(bad, 50, false))));

            assertThat(e.code()).isEqualTo(ErrorCode.VARIATION_NOT_FROM_FLAG);
            assertThat(status(e)).isEqualTo(400);
            assertThat(message(e)).isEqualTo("Variation does not belong to the referenced feature flag. Variation '"
                    + bad + "' (allocations[1]) is not a variation of feature flag '" + flag.id() + "'.");
        }
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items()).isEmpty();
    }

    @Test
    void createShouldReturnSegmentNotFoundForAnUnknownSegmentAfterTheVariationCheck() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);

        EngineException unknown = failure(() -> tenant.segmentExperiment(flag, List.of(
                Allocation.segmented(v.get(0), "seg_gone", 1, true, false),
                Allocation.segmented(v.get(1), null, 2, false, true))));
        EngineException both = failure(() -> tenant.segmentExperiment(flag, List.of(
                Allocation.segmented(v.get(0), "seg_gone", 1, true, false),
                Allocation.segmented("var_unknown", null, 2, false, true))));

        assertThat(unknown.code()).isEqualTo(ErrorCode.SEGMENT_NOT_FOUND);
        assertThat(status(unknown)).isEqualTo(400);
        assertThat(message(unknown)).isEqualTo("Segment not found. Segment 'seg_gone' (allocations[0]) does not exist.");
        assertThat(both.code()).isEqualTo(ErrorCode.VARIATION_NOT_FROM_FLAG);
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items()).isEmpty();
    }

    @Test
    void patchShouldCheckAllocationsAgainstTheExperimentsOwnFlagAndChangeNothing() {
        Experiment e = tenant.readyExperiment();
        String foreign = tenant.variationIds(tenant.activeFlag()).get(0);
        String own = e.allocations().get(0).variationId();

        EngineException variation = failure(() -> engine.updateExperiment(e.id(), new ExperimentPatch("Other name",
                null, null, List.of(Allocation.weighted(foreign, 100, true)))));
        EngineException segment = failure(() -> engine.updateExperiment(e.id(), new ExperimentPatch(null, null, null,
                List.of(new Allocation(own, "seg_gone", 100.0, null, true, null)))));

        assertThat(variation.code()).isEqualTo(ErrorCode.VARIATION_NOT_FROM_FLAG);
        assertThat(segment.code()).isEqualTo(ErrorCode.SEGMENT_NOT_FOUND);
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void createChecksShouldRunInTheDocumentedOrder() {
        FeatureFlag archived = tenant.flagIn(FlagStatus.ARCHIVED);
        String v = tenant.variationIds(archived).get(0);
        List<Allocation> foreign = List.of(Allocation.weighted("var_unknown", 100, true));

        // allocation shape, then their number, then the flag (missing, archived), then variations.
        assertThat(failure(() -> tenant.percentageExperiment(archived, Collections.nCopies(21,
                Allocation.weighted(v, 101, false)))).code()).isEqualTo(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS);
        assertThat(failure(() -> tenant.percentageExperiment(archived, List.of(Allocation.weighted(v, 101, false))))
                .code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(failure(() -> engine.createExperiment(new NewExperiment("x", null, "flg_gone", "login",
                AllocationStrategy.PERCENTAGE, null, Collections.nCopies(21, foreign.get(0))))).code())
                .isEqualTo(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS);
        assertThat(failure(() -> tenant.percentageExperiment(archived, foreign)).code())
                .isEqualTo(ErrorCode.FEATURE_FLAG_ARCHIVED);
    }

    @Test
    void getShouldReturnNotFoundWhenMissing() {
        EngineException e = failure(() -> engine.getExperiment("exp_missing"));

        assertThat(e.code()).isEqualTo(ErrorCode.INEXISTENT_EXPERIMENT);
        assertThat(status(e)).isEqualTo(404);
        assertThat(message(e)).isEqualTo("Experiment not found.");
    }

    @Test
    void patchShouldChangeOnlySentFieldsAndReplaceAllocations() {
        Experiment e = tenant.readyExperiment();
        String control = e.allocations().get(0).variationId();

        Experiment patched = engine.updateExperiment(e.id(),
                new ExperimentPatch(null, java.util.Optional.of("new description"), null,
                        List.of(Allocation.weighted(control, 100, true))));

        assertThat(patched.name()).isEqualTo(e.name());
        assertThat(patched.description()).isEqualTo("new description");
        assertThat(patched.assignmentSubject()).isEqualTo("device");
        assertThat(patched.allocations()).containsExactly(Allocation.weighted(control, 100, true));
        assertThat(patched.featureFlagId()).isEqualTo(e.featureFlagId());
        assertThat(engine.getExperiment(e.id())).isEqualTo(patched);
    }

    @ParameterizedTest
    @EnumSource(value = ExperimentStatus.class, names = {"COMPLETED", "ARCHIVED"})
    void patchShouldReturnConflictWhenExperimentIsFinished(ExperimentStatus status) {
        Experiment e = tenant.experimentIn(status);

        EngineException error = failure(() -> engine.updateExperiment(e.id(),
                new ExperimentPatch("New name", null, null, null)));

        assertThat(error.code()).isEqualTo(ErrorCode.EXPERIMENT_NOT_EDITABLE);
        assertThat(status(error)).isEqualTo(409);
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void patchShouldReturnRequiresPauseWhenAllocationsSentWhileActive() {
        Experiment e = tenant.experimentIn(ExperimentStatus.ACTIVE);

        EngineException error = failure(() -> engine.updateExperiment(e.id(),
                new ExperimentPatch(null, null, null, e.allocations())));

        assertThat(error.code()).isEqualTo(ErrorCode.EXPERIMENT_REQUIRES_PAUSE);
        assertThat(status(error)).isEqualTo(400);
        assertThat(message(error)).isEqualTo("Allocations cannot be modified while the experiment is active.");
    }

    @Test
    void patchShouldAllowNameWhileActiveAndAllocationsWhilePaused() {
        Experiment active = tenant.experimentIn(ExperimentStatus.ACTIVE);
        assertThat(engine.updateExperiment(active.id(), new ExperimentPatch("Live", null, "user", null)).name())
                .isEqualTo("Live");

        Experiment paused = engine.transitionExperiment(active.id(), ExperimentStatus.PAUSED).result();
        Experiment edited = engine.updateExperiment(paused.id(), new ExperimentPatch(null, null, null,
                List.of(Allocation.weighted(paused.allocations().get(0).variationId(), 100, true))));

        assertThat(edited.allocations()).hasSize(1);
        assertThat(edited.status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(edited.assignmentSubject()).isEqualTo("user");
    }

    @Test
    void patchShouldReturnInvalidBodyForBadAllocationsAndChangeNothing() {
        Experiment e = tenant.readyExperiment();

        EngineException error = failure(() -> engine.updateExperiment(e.id(), new ExperimentPatch("x", null, null,
                List.of(Allocation.weighted(e.allocations().get(0).variationId(), 101, true)))));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @Test
    void patchShouldReturnNotFoundWhenMissing() {
        assertThat(failure(() -> engine.updateExperiment("exp_missing", new ExperimentPatch("x", null, null, null)))
                .code()).isEqualTo(ErrorCode.INEXISTENT_EXPERIMENT);
    }

    @Test
    void deleteShouldReturnBadRequestWhenActive() {
        Experiment e = tenant.experimentIn(ExperimentStatus.ACTIVE);

        EngineException error = failure(() -> engine.deleteExperiment(e.id()));

        assertThat(error.code()).isEqualTo(ErrorCode.EXPERIMENT_ACTIVE);
        assertThat(status(error)).isEqualTo(400);
        assertThat(message(error))
                .isEqualTo("Active experiments cannot be deleted. Pause or complete the experiment first.");
        assertThat(engine.getExperiment(e.id())).isEqualTo(e);
    }

    @ParameterizedTest
    @EnumSource(value = ExperimentStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void deleteShouldRemoveExperimentsThatAreNotActive(ExperimentStatus status) {
        Experiment e = tenant.experimentIn(status);

        assertThat(engine.deleteExperiment(e.id())).isTrue();

        assertThat(failure(() -> engine.getExperiment(e.id())).code()).isEqualTo(ErrorCode.INEXISTENT_EXPERIMENT);
        assertThat(engine.deleteExperiment(e.id())).isFalse();
    }

    @Test
    void deleteShouldBeANoOpWhenMissing() {
        assertThat(engine.deleteExperiment("exp_never")).isFalse();
    }

    @Test
    void deletingThePausedFormerlyActiveExperimentShouldFreeTheActiveSlot() {
        Experiment first = tenant.experimentIn(ExperimentStatus.ACTIVE);
        engine.transitionExperiment(first.id(), ExperimentStatus.COMPLETED);
        Experiment second = tenant.readyExperiment();

        assertThat(engine.transitionExperiment(second.id(), ExperimentStatus.ACTIVE).result().status())
                .isEqualTo(ExperimentStatus.ACTIVE);
    }
}
