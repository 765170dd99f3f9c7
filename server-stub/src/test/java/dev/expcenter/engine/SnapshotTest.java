package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private EngineState richState() {
        Experiment active = tenant.experimentIn(ExperimentStatus.ACTIVE);
        tenant.experimentIn(ExperimentStatus.ARCHIVED);
        FeatureFlag draft = tenant.draftFlag(1);
        tenant.percentageExperiment(draft, List.of(Allocation.weighted(tenant.variationIds(draft).get(0), 100, true)));
        FeatureFlag flag = tenant.activeFlag();
        Segment s = tenant.segment("France");
        List<String> v = tenant.variationIds(flag);
        tenant.segmentExperiment(flag, List.of(Allocation.segmented(v.get(0), s.id(), 1, true, false),
                Allocation.segmented(v.get(1), null, 2, false, true)));
        engine.updateExperiment(active.id(), new ExperimentPatch("Renamed", null, null, null));
        return engine.snapshot();
    }

    @Test
    void snapshotShouldListEverythingInCreationOrder() {
        EngineState state = richState();

        assertThat(state.experiments()).hasSize(4);
        assertThat(state.featureFlags()).hasSize(4);
        assertThat(state.variations()).hasSize(7);
        assertThat(state.segments()).hasSize(1);
        assertThat(state.experiments()).isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()));
    }

    @Test
    void restoredEngineShouldGiveTheSameAnswers() {
        EngineState state = richState();
        Tenant copy = new Tenant(state);
        ExperimentCenter restored = copy.engine;

        assertThat(restored.snapshot()).isEqualTo(state);
        for (Experiment e : state.experiments()) {
            assertThat(restored.getExperiment(e.id())).isEqualTo(e);
            assertThat(restored.validateExperiment(e.id())).isEqualTo(engine.validateExperiment(e.id()));
        }
        assertThat(restored.listExperiments(new ExperimentQuery(null, null, null, null, 2)))
                .isEqualTo(engine.listExperiments(new ExperimentQuery(null, null, null, null, 2)));
        for (FeatureFlag f : state.featureFlags()) {
            assertThat(restored.listVariations(f.id())).isEqualTo(engine.listVariations(f.id()));
        }
    }

    @Test
    void replaceShouldSwapTheWholeStateInPlace() {
        EngineState state = richState();
        ExperimentCenter other = new Tenant().engine;
        other.replace(state);

        assertThat(other.snapshot()).isEqualTo(state);
        other.replace(EngineState.empty());
        assertThat(other.snapshot()).isEqualTo(EngineState.empty());
        assertThat(other.listExperiments(ExperimentQuery.firstPage()).items()).isEmpty();
    }

    @Test
    void replaceWithAnInconsistentStateShouldKeepTheCurrentOne() {
        EngineState state = richState();
        EngineState broken = new EngineState(List.of(), List.of(), List.of(), state.experiments());

        EngineException e = failure(() -> engine.replace(broken));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(engine.snapshot()).isEqualTo(state);
    }

    @Test
    void restoredEngineShouldKeepEnforcingRules() {
        EngineState state = richState();
        ExperimentCenter restored = new Tenant(state).engine;
        Experiment active = state.experiments().get(0);
        Segment segment = state.segments().get(0);

        assertThat(failure(() -> restored.deleteExperiment(active.id())).code()).isEqualTo(ErrorCode.EXPERIMENT_ACTIVE);
        assertThat(failure(() -> restored.deleteFlag(active.featureFlagId())).code())
                .isEqualTo(ErrorCode.FEATURE_FLAG_IN_USE);
        assertThat(failure(() -> restored.deleteSegment(segment.id())).code()).isEqualTo(ErrorCode.SEGMENT_IN_USE);
        Experiment ready = restored.createExperiment(new NewExperiment("new", null, active.featureFlagId(), "login",
                AllocationStrategy.PERCENTAGE, null, active.allocations()));
        assertThat(failure(() -> restored.transitionExperiment(ready.id(), ExperimentStatus.ACTIVE)).code())
                .isEqualTo(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
    }

    @Test
    void restoredEngineWithARestartedIdGeneratorShouldNotReuseIds() {
        EngineState state = richState();
        ExperimentCenter restored = new Tenant(state).engine;

        Segment s = restored.createSegment(new NewSegment("new", null, null));

        assertThat(restored.snapshot().segments()).hasSize(2);
        List<String> all = new ArrayList<>();
        state.experiments().forEach(e -> all.add(e.id()));
        state.featureFlags().forEach(f -> all.add(f.id()));
        state.variations().forEach(v -> all.add(v.id()));
        state.segments().forEach(x -> all.add(x.id()));
        assertThat(all).doesNotContain(s.id());
    }

    @Test
    void emptyStateShouldRestoreToAnEmptyEngine() {
        assertThat(new Tenant(EngineState.empty()).engine.snapshot()).isEqualTo(EngineState.empty());
    }

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static FeatureFlag flag(String id) {
        return new FeatureFlag(id, "f", null, OwnerType.SELF, FlagStatus.ACTIVE, Tenant.colorParameter(), T, T);
    }

    private static Experiment experiment(String id, String flagId, ExperimentStatus status, List<Allocation> a) {
        return new Experiment(id, "e", null, flagId, "login", AllocationStrategy.PERCENTAGE, "device", status, false,
                a, T, T, null, null);
    }

    private static String rejection(EngineState state) {
        EngineException e = failure(() -> new Tenant(state));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        return message(e);
    }

    @Test
    void restoreShouldAcceptAnExperimentWithoutAllocationsWhoseReadinessThenFails() {
        EngineState state = new EngineState(List.of(flag("flg_1")), List.of(), List.of(),
                List.of(experiment("exp_1", "flg_1", ExperimentStatus.DRAFT, List.of())));

        ExperimentCenter restored = new Tenant(state).engine;

        assertThat(restored.validateExperiment("exp_1").errors()).extracting(Problem::code).containsExactly(
                ErrorCode.EXPERIMENT_MISSING_CONTROL, ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS);
    }

    @Test
    void restoreShouldRejectMoreThanTwentyAllocations() {
        EngineState state = new EngineState(List.of(flag("flg_1")), List.of(), List.of(), List.of(experiment("exp_1",
                "flg_1", ExperimentStatus.DRAFT, java.util.Collections.nCopies(21, Allocation.weighted("var_1", 1, false)))));

        assertThat(rejection(state)).contains("exp_1").contains("at most 20 allocations");
    }

    @Test
    void restoreShouldRejectAnExperimentNamingAMissingFlag() {
        EngineState state = new EngineState(List.of(), List.of(), List.of(),
                List.of(experiment("exp_1", "flg_gone", ExperimentStatus.DRAFT, List.of())));

        assertThat(rejection(state)).contains("exp_1").contains("flg_gone");
    }

    @Test
    void restoreShouldRejectAVariationNamingAMissingFlag() {
        EngineState state = new EngineState(List.of(), List.of(new Variation("var_1", "flg_gone", "v", null,
                Map.of(), T, T)), List.of(), List.of());

        assertThat(rejection(state)).contains("var_1").contains("flg_gone");
    }

    @Test
    void restoreShouldRejectAnOverrideOfAnUnknownParameter() {
        EngineState state = new EngineState(List.of(flag("flg_1")), List.of(new Variation("var_1", "flg_1", "v", null,
                Map.of("size", 3), T, T)), List.of(), List.of());

        assertThat(rejection(state)).contains("var_1").contains("size");
    }

    @Test
    void restoreShouldRejectDuplicateIds() {
        EngineState state = new EngineState(List.of(flag("flg_1"), flag("flg_1")), List.of(), List.of(), List.of());

        assertThat(rejection(state)).contains("flg_1");
    }

    @Test
    void restoreShouldRejectTwoActiveExperiments() {
        EngineState state = new EngineState(List.of(flag("flg_1")), List.of(), List.of(), List.of(
                experiment("exp_1", "flg_1", ExperimentStatus.ACTIVE, List.of()),
                experiment("exp_2", "flg_1", ExperimentStatus.ACTIVE, List.of())));

        assertThat(rejection(state)).contains("exp_1").contains("exp_2");
    }

    @Test
    void restoreShouldRejectInvalidAllocations() {
        EngineState state = new EngineState(List.of(flag("flg_1")), List.of(), List.of(), List.of(
                experiment("exp_1", "flg_1", ExperimentStatus.DRAFT, List.of(Allocation.weighted("var_1", 101, true)))));

        assertThat(rejection(state)).contains("exp_1").contains("weight");
    }
}
