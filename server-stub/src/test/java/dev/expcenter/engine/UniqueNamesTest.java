package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names are unique per kind (variations: per flag), exact match, on create and PATCH. */
class UniqueNamesTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private static void assertConflict(EngineException e, ErrorCode code, String message) {
        assertThat(e.code()).isEqualTo(code);
        assertThat(status(e)).isEqualTo(409);
        assertThat(message(e)).isEqualTo(message);
    }

    private NewExperiment experimentNamed(String name, FeatureFlag flag) {
        return new NewExperiment(name, null, flag.id(), "login", AllocationStrategy.PERCENTAGE, null,
                tenant.fiftyFifty(flag));
    }

    @Test
    void experimentNamesShouldBeUniqueOnCreateAndPatch() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment first = engine.createExperiment(experimentNamed("Passkey prompt", flag));
        Experiment second = engine.createExperiment(experimentNamed("Passkey prompt B", flag));
        EngineState before = engine.snapshot();

        assertConflict(failure(() -> engine.createExperiment(experimentNamed("Passkey prompt", flag))),
                ErrorCode.EXPERIMENT_EXISTS, "An experiment with this name already exists.");
        assertConflict(failure(() -> engine.updateExperiment(second.id(),
                new ExperimentPatch("Passkey prompt", null, null, null))),
                ErrorCode.EXPERIMENT_EXISTS, "An experiment with this name already exists.");
        assertThat(engine.snapshot()).isEqualTo(before);

        assertThat(engine.updateExperiment(first.id(), new ExperimentPatch("Passkey prompt", null, null, null)))
                .isEqualTo(first);
        // Exact match: case and surrounding text count.
        assertThat(engine.createExperiment(experimentNamed("passkey prompt", flag)).name()).isEqualTo("passkey prompt");
        assertThat(engine.createExperiment(experimentNamed("Passkey prompt 2", flag)).name()).isNotNull();
    }

    @Test
    void renamingOrDeletingAnExperimentShouldFreeItsNameButArchivingShouldNot() {
        FeatureFlag flag = tenant.activeFlag();
        Experiment e = engine.createExperiment(experimentNamed("Old", flag));
        engine.updateExperiment(e.id(), new ExperimentPatch("New", null, null, null));

        Experiment reuse = engine.createExperiment(experimentNamed("Old", flag));
        engine.transitionExperiment(reuse.id(), ExperimentStatus.ARCHIVED);
        assertThat(failure(() -> engine.createExperiment(experimentNamed("Old", flag))).code())
                .isEqualTo(ErrorCode.EXPERIMENT_EXISTS);

        engine.deleteExperiment(reuse.id());
        assertThat(engine.createExperiment(experimentNamed("Old", flag)).name()).isEqualTo("Old");
    }

    @Test
    void flagNamesShouldBeUniqueAndFreedWithTheFlagAndItsVariationNames() {
        FeatureFlag flag = engine.createFlag(new NewFlag("Passkey", null, Tenant.colorParameter()));
        FeatureFlag other = engine.createFlag(new NewFlag("Other", null, Tenant.colorParameter()));
        engine.createVariation(flag.id(), new NewVariation("Blue", null, Map.of("color", "navy")));

        assertConflict(failure(() -> engine.createFlag(new NewFlag("Passkey", null, null))),
                ErrorCode.FEATURE_FLAG_EXISTS, "A feature flag with this name already exists.");
        assertConflict(failure(() -> engine.updateFlag(other.id(), new FlagPatch("Passkey", null, null))),
                ErrorCode.FEATURE_FLAG_EXISTS, "A feature flag with this name already exists.");
        assertThat(engine.updateFlag(flag.id(), new FlagPatch("Passkey", null, null))).isEqualTo(flag);

        engine.deleteFlag(flag.id());
        FeatureFlag again = engine.createFlag(new NewFlag("Passkey", null, Tenant.colorParameter()));
        assertThat(engine.createVariation(again.id(), new NewVariation("Blue", null, Map.of("color", "navy"))).name())
                .isEqualTo("Blue");
    }

    @Test
    void variationNamesShouldBeUniqueWithinOneFlagOnly() {
        FeatureFlag a = tenant.draftFlag(2);
        FeatureFlag b = tenant.draftFlag(0);
        List<Variation> ofA = engine.listVariations(a.id());

        assertConflict(failure(() -> engine.createVariation(a.id(), new NewVariation("v0", null, null))),
                ErrorCode.VARIATION_EXISTS, "A variation with this name already exists on this feature flag.");
        assertConflict(failure(() -> engine.updateVariation(a.id(), ofA.get(1).id(),
                new VariationPatch("v0", null, null))),
                ErrorCode.VARIATION_EXISTS, "A variation with this name already exists on this feature flag.");
        assertThat(engine.updateVariation(a.id(), ofA.get(0).id(), new VariationPatch("v0", null, null)))
                .isEqualTo(ofA.get(0));
        assertThat(engine.createVariation(b.id(), new NewVariation("v0", null, null)).name()).isEqualTo("v0");

        engine.updateVariation(a.id(), ofA.get(0).id(), new VariationPatch("Renamed", null, null));
        assertThat(engine.createVariation(a.id(), new NewVariation("v0", null, null)).name()).isEqualTo("v0");
        engine.deleteVariation(a.id(), ofA.get(1).id());
        assertThat(engine.createVariation(a.id(), new NewVariation("v1", null, null)).name()).isEqualTo("v1");
    }

    @Test
    void segmentNamesShouldBeUniqueOnCreateAndPatch() {
        Segment fr = tenant.segment("France");
        Segment de = tenant.segment("Germany");

        assertConflict(failure(() -> tenant.segment("France")),
                ErrorCode.SEGMENT_EXISTS, "A segment with this name already exists.");
        assertConflict(failure(() -> engine.updateSegment(de.id(), new SegmentPatch("France", null, null))),
                ErrorCode.SEGMENT_EXISTS, "A segment with this name already exists.");
        assertThat(engine.updateSegment(fr.id(), new SegmentPatch("France", null, null))).isEqualTo(fr);

        engine.deleteSegment(fr.id());
        assertThat(tenant.segment("France").name()).isEqualTo("France");
    }

    @Test
    void aLoadedStateMayHoldDuplicatesButTheNameStaysTakenUntilTheLastHolderGoes() {
        Instant t = Tenant.START;
        Segment one = new Segment("seg_1", "Twins", null, OwnerType.SELF, List.of(), t, t);
        Segment two = new Segment("seg_2", "Twins", null, OwnerType.SELF, List.of(), t, t);
        ExperimentCenter loaded = new Tenant(new EngineState(List.of(), List.of(), List.of(one, two), List.of())).engine;

        assertThat(loaded.updateSegment("seg_1", new SegmentPatch("Twins", null, null))).isEqualTo(one);
        assertThat(failure(() -> loaded.createSegment(new NewSegment("Twins", null, null))).code())
                .isEqualTo(ErrorCode.SEGMENT_EXISTS);
        loaded.deleteSegment("seg_1");
        assertThat(failure(() -> loaded.createSegment(new NewSegment("Twins", null, null))).code())
                .isEqualTo(ErrorCode.SEGMENT_EXISTS);
        loaded.updateSegment("seg_2", new SegmentPatch("Single", null, null));
        assertThat(loaded.createSegment(new NewSegment("Twins", null, null)).name()).isEqualTo("Twins");
    }
}
