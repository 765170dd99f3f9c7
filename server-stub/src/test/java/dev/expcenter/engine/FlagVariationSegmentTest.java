package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FlagVariationSegmentTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    @Test
    void createFlagShouldStartDraftOfTypeSelfKeepingParameterOrder() {
        FeatureFlag flag = engine.createFlag(new NewFlag("Flag", null, Tenant.colorParameter()));

        assertThat(flag.status()).isEqualTo(FlagStatus.DRAFT);
        assertThat(flag.type()).isEqualTo(OwnerType.SELF);
        assertThat(flag.parameters().keySet()).containsExactly("color", "show_prompt");
        assertThat(flag.id()).matches("flg_[1-9A-HJ-NP-Za-km-z]{22}");
    }

    @Test
    void flagParametersShouldBeDeepImmutableCopies() {
        List<Object> choices = new ArrayList<>(List.of("a", "b"));
        Map<String, Object> nested = new HashMap<>();
        nested.put("choices", choices);
        nested.put("none", null);
        FeatureFlag flag = engine.createFlag(new NewFlag("Flag", null,
                Map.of("config", new FlagParameter("object", nested, null))));
        choices.add("c");

        Object value = flag.parameters().get("config").value();
        Map<String, Object> expected = new HashMap<>();
        expected.put("choices", List.of("a", "b"));
        expected.put("none", null);
        assertThat(value).isEqualTo(expected);
        assertThatThrownBy(() -> ((Map<?, ?>) value).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void patchFlagShouldReplaceParametersButRefuseRemovingAnOverriddenOne() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);

        EngineException e = failure(() -> engine.updateFlag(flag.id(), new FlagPatch(null, null,
                Map.of("show_prompt", new FlagParameter("boolean", true, null)))));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(e)).contains("'color'").contains(v.id());
        assertThat(engine.getFlag(flag.id())).isEqualTo(flag);

        FeatureFlag patched = engine.updateFlag(flag.id(), new FlagPatch(null, null,
                Map.of("color", new FlagParameter("string", "red", null))));
        assertThat(patched.parameters()).containsOnlyKeys("color");
    }

    @Test
    void flagOperationsShouldReturnNotFoundWhenMissing() {
        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> engine.getFlag("flg_x"),
                () -> engine.updateFlag("flg_x", new FlagPatch("n", null, null)))) {
            EngineException e = failure(call);
            assertThat(e.code()).isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
            assertThat(status(e)).isEqualTo(404);
            assertThat(message(e)).isEqualTo("Feature flag not found.");
        }
        assertThat(engine.deleteFlag("flg_x")).isFalse();
    }

    @Test
    void deleteFlagShouldReturnConflictWhileAnExperimentUsesIt() {
        Experiment e = tenant.readyExperiment();

        EngineException error = failure(() -> engine.deleteFlag(e.featureFlagId()));

        assertThat(error.code()).isEqualTo(ErrorCode.FEATURE_FLAG_IN_USE);
        assertThat(status(error)).isEqualTo(409);
        assertThat(message(error))
                .isEqualTo("Feature flag is in use by one or more non-archived experiments and cannot be deleted.");
        assertThat(engine.listVariations(e.featureFlagId())).hasSize(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = ExperimentStatus.class, names = "ARCHIVED",
            mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void everyNonArchivedExperimentShouldKeepItsFlagVariationsAndSegmentsInUse(ExperimentStatus status) {
        Experiment e = tenant.experimentIn(status);
        if (status == ExperimentStatus.ACTIVE) {
            engine.transitionExperiment(e.id(), ExperimentStatus.PAUSED);
        }

        assertThat(failure(() -> engine.deleteFlag(e.featureFlagId())).code()).isEqualTo(ErrorCode.FEATURE_FLAG_IN_USE);
        assertThat(failure(() -> engine.deleteVariation(e.featureFlagId(), e.allocations().get(1).variationId())).code())
                .isEqualTo(ErrorCode.VARIATION_IN_USE);
    }

    @Test
    void aFlagVariationOrSegmentUsedOnlyByArchivedExperimentsShouldBeDeletable() {
        FeatureFlag flag = tenant.activeFlag();
        List<String> v = tenant.variationIds(flag);
        engine.createVariation(flag.id(), new NewVariation("third", null, Map.of("color", "pink")));
        Segment s = tenant.segment("France");
        Experiment percentage = tenant.percentageExperiment(flag, tenant.fiftyFifty(flag));
        Experiment segmented = tenant.segmentExperiment(flag, List.of(Allocation.segmented(v.get(0), s.id(), 1, true,
                false), Allocation.segmented(v.get(1), null, 2, false, true)));
        assertThat(failure(() -> engine.deleteSegment(s.id())).code()).isEqualTo(ErrorCode.SEGMENT_IN_USE);

        engine.transitionExperiment(percentage.id(), ExperimentStatus.ARCHIVED);
        engine.transitionExperiment(segmented.id(), ExperimentStatus.ARCHIVED);

        assertThat(engine.deleteSegment(s.id())).isTrue();
        assertThat(engine.deleteVariation(flag.id(), v.get(1))).isTrue();
        assertThat(engine.deleteFlag(flag.id())).isTrue();
        assertThat(engine.getExperiment(percentage.id()).featureFlagId()).isEqualTo(flag.id());
        // The archived experiments outlive what they named, and such a state still restores.
        EngineState state = engine.snapshot();
        assertThat(new Tenant(state).engine.snapshot()).isEqualTo(state);
    }

    @Test
    void deleteFlagShouldRemoveItsVariationsOnceUnused() {
        Experiment e = tenant.readyExperiment();
        String variation = e.allocations().get(0).variationId();
        engine.deleteExperiment(e.id());

        assertThat(engine.deleteFlag(e.featureFlagId())).isTrue();

        assertThat(failure(() -> engine.getFlag(e.featureFlagId())).code())
                .isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
        assertThat(failure(() -> engine.getVariation(e.featureFlagId(), variation)).code())
                .isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
        assertThat(engine.snapshot().variations()).isEmpty();
    }

    @Test
    void deleteFlagShouldReturnConflictWhenAnotherFlagsExperimentNamesOneOfItsVariations() {
        FeatureFlag used = tenant.activeFlag();
        FeatureFlag donor = tenant.draftFlag(1);
        String foreign = tenant.variationIds(donor).get(0);
        tenant.imported(used, AllocationStrategy.PERCENTAGE, List.of(Allocation.weighted(foreign, 100, true)));

        EngineException error = failure(() -> engine.deleteFlag(donor.id()));

        assertThat(error.code()).isEqualTo(ErrorCode.FEATURE_FLAG_IN_USE);
        assertThat(message(error)).startsWith("Feature flag is in use by one or more non-archived experiments")
                .contains(foreign);
        assertThat(engine.listVariations(donor.id())).hasSize(1);
    }

    @Test
    void variationShouldKeepOverridesInOrder() {
        FeatureFlag flag = tenant.draftFlag(0);
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("show_prompt", true);
        overrides.put("color", "green");

        Variation v = engine.createVariation(flag.id(), new NewVariation("v", "d", overrides));

        assertThat(v.overrides().keySet()).containsExactly("show_prompt", "color");
        assertThat(v.overrides()).containsEntry("show_prompt", true);
        assertThat(v.id()).matches("var_[1-9A-HJ-NP-Za-km-z]{22}");
        assertThat(v.featureFlagId()).isEqualTo(flag.id());
    }

    @Test
    void variationShouldReturnInvalidBodyWhenOverrideKeyIsNotAParameter() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);

        EngineException create = failure(() -> engine.createVariation(flag.id(),
                new NewVariation("v", null, Map.of("size", 3))));
        EngineException patch = failure(() -> engine.updateVariation(flag.id(), v.id(),
                new VariationPatch(null, null, Map.of("size", 3))));

        for (EngineException e : List.of(create, patch)) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
            assertThat(status(e)).isEqualTo(400);
            assertThat(message(e)).isEqualTo("Invalid override key. 'size' is not a parameter of the feature flag.");
        }
        assertThat(engine.listVariations(flag.id())).containsExactly(v);
    }

    @Test
    void variationRoutesShouldReturnFlagNotFoundWhenFlagIsMissing() {
        List<ThrowingCallable> calls = List.of(() -> engine.listVariations("flg_x"),
                () -> engine.createVariation("flg_x", new NewVariation("v", null, null)),
                () -> engine.getVariation("flg_x", "var_x"),
                () -> engine.updateVariation("flg_x", "var_x", new VariationPatch("n", null, null)),
                () -> engine.deleteVariation("flg_x", "var_x"));
        for (ThrowingCallable call : calls) {
            EngineException e = failure(call);
            assertThat(e.code()).isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
            assertThat(status(e)).isEqualTo(404);
        }
    }

    @Test
    void variationOfAnotherFlagShouldBeNotFoundAndItsDeleteANoOp() {
        FeatureFlag a = tenant.draftFlag(1);
        FeatureFlag b = tenant.draftFlag(1);
        String ofB = tenant.variationIds(b).get(0);

        EngineException notFound = failure(() -> engine.getVariation(a.id(), ofB));
        assertThat(notFound.code()).isEqualTo(ErrorCode.INEXISTENT_VARIATION);
        assertThat(status(notFound)).isEqualTo(404);
        assertThat(message(notFound)).isEqualTo("Variation not found.");
        assertThat(failure(() -> engine.updateVariation(a.id(), ofB, new VariationPatch("n", null, null))).code())
                .isEqualTo(ErrorCode.INEXISTENT_VARIATION);
        assertThat(engine.deleteVariation(a.id(), ofB)).isFalse();
        assertThat(engine.deleteVariation(a.id(), "var_never")).isFalse();
        assertThat(engine.listVariations(b.id())).hasSize(1);
    }

    @Test
    void listVariationsShouldReturnEveryVariationInCreationOrder() {
        FeatureFlag flag = tenant.draftFlag(20);

        List<Variation> all = engine.listVariations(flag.id());

        assertThat(all).hasSize(20);
        assertThat(all).extracting(Variation::name).startsWith("v0", "v1", "v2").endsWith("v19");
    }

    @Test
    void aFlagShouldHaveAtMostTwentyVariations() {
        FeatureFlag flag = tenant.draftFlag(20);

        EngineException e = failure(() -> engine.createVariation(flag.id(), new NewVariation("v20", null, null)));

        assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_VARIATION_LIMIT);
        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e)).startsWith("Feature flag variation limit exceeded.");
        assertThat(engine.listVariations(flag.id())).hasSize(20);
        engine.deleteVariation(flag.id(), tenant.variationIds(flag).get(0));
        assertThat(engine.createVariation(flag.id(), new NewVariation("v20", null, null)).name()).isEqualTo("v20");
    }

    @Test
    void deletingTheLastVariationOfAFlagShouldBeRefusedBeforeTheInUseCheck() {
        FeatureFlag flag = tenant.draftFlag(2);
        List<String> v = tenant.variationIds(flag);
        assertThat(engine.deleteVariation(flag.id(), v.get(0))).isTrue();
        tenant.percentageExperiment(flag, List.of(Allocation.weighted(v.get(1), 100, true)));

        EngineException e = failure(() -> engine.deleteVariation(flag.id(), v.get(1)));

        assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_LAST_VARIATION);
        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e))
                .isEqualTo("Feature flag must have at least one variation. Cannot delete the last variation.");
        assertThat(engine.listVariations(flag.id())).extracting(Variation::id).containsExactly(v.get(1));
        // Deleting the flag itself takes its last variation with it.
        assertThat(engine.deleteFlag(tenant.draftFlag(1).id())).isTrue();
    }

    @Test
    void deleteVariationShouldReturnConflictWhileAnAllocationUsesIt() {
        Experiment e = tenant.readyExperiment();
        String used = e.allocations().get(1).variationId();

        EngineException error = failure(() -> engine.deleteVariation(e.featureFlagId(), used));
        assertThat(error.code()).isEqualTo(ErrorCode.VARIATION_IN_USE);
        assertThat(status(error)).isEqualTo(409);
        assertThat(message(error))
                .isEqualTo("Variation is in use by one or more non-archived allocations and cannot be deleted.");

        engine.updateExperiment(e.id(), new ExperimentPatch(null, null, null,
                List.of(Allocation.weighted(e.allocations().get(0).variationId(), 100, true))));
        assertThat(engine.deleteVariation(e.featureFlagId(), used)).isTrue();
        assertThat(engine.listVariations(e.featureFlagId())).hasSize(1);
    }

    @Test
    void segmentCrudShouldWork() {
        Segment s = tenant.segment("France");
        assertThat(s.type()).isEqualTo(OwnerType.SELF);
        assertThat(s.id()).matches("seg_[1-9A-HJ-NP-Za-km-z]{22}");
        assertThat(engine.getSegment(s.id())).isEqualTo(s);

        Segment patched = engine.updateSegment(s.id(), new SegmentPatch("FR", null, List.of()));
        assertThat(patched.name()).isEqualTo("FR");
        assertThat(patched.rules()).isEmpty();

        assertThat(engine.deleteSegment(s.id())).isTrue();
        EngineException notFound = failure(() -> engine.getSegment(s.id()));
        assertThat(notFound.code()).isEqualTo(ErrorCode.INEXISTENT_SEGMENT);
        assertThat(message(notFound)).isEqualTo("Segment not found.");
        assertThat(status(failure(() -> engine.updateSegment(s.id(), new SegmentPatch("x", null, null)))))
                .isEqualTo(404);
        assertThat(engine.deleteSegment(s.id())).isFalse();
    }

    @Test
    void deleteSegmentShouldReturnConflictWhileAnAllocationUsesIt() {
        FeatureFlag flag = tenant.activeFlag();
        Segment s = tenant.segment("France");
        List<String> v = tenant.variationIds(flag);
        tenant.segmentExperiment(flag, List.of(Allocation.segmented(v.get(0), s.id(), 1, true, false),
                Allocation.segmented(v.get(1), s.id(), 2, false, true)));

        EngineException error = failure(() -> engine.deleteSegment(s.id()));

        assertThat(error.code()).isEqualTo(ErrorCode.SEGMENT_IN_USE);
        assertThat(status(error)).isEqualTo(409);
        assertThat(message(error)).isEqualTo("Segment is in use by one or more non-archived experiment allocations.");
    }

    @Test
    void createShouldReturnInvalidBodyWhenNameIsMissing() {
        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> engine.createFlag(new NewFlag(null, null, null)),
                () -> engine.createSegment(new NewSegment(null, null, null)))) {
            assertThat(message(failure(call)))
                    .isEqualTo("Payload validation error: 'Missing required property: name' on property name");
        }
    }
}
