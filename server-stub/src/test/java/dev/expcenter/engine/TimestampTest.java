package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimestampTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private Instant tick() {
        tenant.clock.advance(Duration.ofSeconds(10));
        return tenant.clock.peek().truncatedTo(ChronoUnit.MILLIS);
    }

    private Experiment move(Experiment e, ExperimentStatus to) {
        return engine.transitionExperiment(e.id(), to).result();
    }

    @Test
    void createShouldStampCreatedAndUpdatedAtTruncatedToMillis() {
        Experiment e = tenant.readyExperiment();

        assertThat(e.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(e.updatedAt()).isEqualTo(e.createdAt());
        assertThat(e.startedAt()).isNull();
        assertThat(e.endedAt()).isNull();
    }

    @Test
    void startedAtShouldBeSetOnFirstActivationOnly() {
        Experiment e = tenant.readyExperiment();
        Instant first = tick();
        e = move(e, ExperimentStatus.ACTIVE);
        assertThat(e.startedAt()).isEqualTo(first);

        tick();
        e = move(e, ExperimentStatus.PAUSED);
        Instant resumed = tick();
        e = move(e, ExperimentStatus.ACTIVE);

        assertThat(e.startedAt()).isEqualTo(first);
        assertThat(e.updatedAt()).isEqualTo(resumed);
        assertThat(e.endedAt()).isNull();
    }

    @Test
    void endedAtShouldBeSetOnCompletionAndKeptOnArchive() {
        Experiment e = move(tenant.readyExperiment(), ExperimentStatus.ACTIVE);
        Instant completed = tick();
        e = move(e, ExperimentStatus.COMPLETED);
        assertThat(e.endedAt()).isEqualTo(completed);

        Instant archived = tick();
        e = move(e, ExperimentStatus.ARCHIVED);
        assertThat(e.endedAt()).isEqualTo(completed);
        assertThat(e.updatedAt()).isEqualTo(archived);
    }

    @Test
    void endedAtShouldBeSetWhenArchivingFromPaused() {
        Experiment e = tenant.experimentIn(ExperimentStatus.PAUSED);
        Instant archived = tick();

        e = move(e, ExperimentStatus.ARCHIVED);

        assertThat(e.endedAt()).isEqualTo(archived);
        assertThat(e.startedAt()).isNotNull();
    }

    @Test
    void endedAtShouldStayUnsetWhenArchivingADraft() {
        Experiment e = tenant.readyExperiment();
        tick();

        e = move(e, ExperimentStatus.ARCHIVED);

        assertThat(e.startedAt()).isNull();
        assertThat(e.endedAt()).isNull();
    }

    @Test
    void sameStatusShouldLeaveUpdatedAtUnchanged() {
        Experiment active = tenant.experimentIn(ExperimentStatus.ACTIVE);
        tick();

        Experiment again = move(active, ExperimentStatus.ACTIVE);

        assertThat(again).isEqualTo(active);
        assertThat(engine.getExperiment(active.id()).updatedAt()).isEqualTo(active.updatedAt());
    }

    @Test
    void patchThatChangesNothingShouldLeaveUpdatedAtUnchanged() {
        Experiment e = tenant.readyExperiment();
        tick();

        Experiment same = engine.updateExperiment(e.id(), new ExperimentPatch(e.name(),
                java.util.Optional.ofNullable(e.description()), e.assignmentSubject(), e.allocations()));

        assertThat(same).isEqualTo(e);
    }

    @Test
    void patchThatChangesSomethingShouldMoveUpdatedAtButNotCreatedAt() {
        Experiment e = tenant.readyExperiment();
        Instant edited = tick();

        Experiment renamed = engine.updateExperiment(e.id(), new ExperimentPatch("New name", null, null, null));

        assertThat(renamed.updatedAt()).isEqualTo(edited);
        assertThat(renamed.createdAt()).isEqualTo(e.createdAt());
    }

    @Test
    void createdAtShouldNeverChangeAcrossTheLifecycle() {
        Experiment e = tenant.readyExperiment();
        for (ExperimentStatus step : new ExperimentStatus[] {ExperimentStatus.ACTIVE, ExperimentStatus.PAUSED,
                ExperimentStatus.COMPLETED, ExperimentStatus.ARCHIVED}) {
            tick();
            assertThat(move(e, step).createdAt()).isEqualTo(e.createdAt());
        }
    }

    @Test
    void flagVariationAndSegmentEditsShouldMoveUpdatedAtOnlyWhenSomethingChanges() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);
        Segment s = tenant.segment("France");
        Instant later = tick();

        assertThat(engine.updateFlag(flag.id(), new FlagPatch(flag.name(), null, null))).isEqualTo(flag);
        assertThat(engine.updateVariation(flag.id(), v.id(), new VariationPatch(v.name(), null, v.overrides())))
                .isEqualTo(v);
        assertThat(engine.updateSegment(s.id(), new SegmentPatch(null, null, s.rules()))).isEqualTo(s);

        assertThat(engine.updateFlag(flag.id(), new FlagPatch("Other", null, null)).updatedAt()).isEqualTo(later);
        assertThat(engine.updateVariation(flag.id(), v.id(), new VariationPatch("w", null, null)).updatedAt())
                .isEqualTo(later);
        assertThat(engine.updateSegment(s.id(), new SegmentPatch(null, java.util.Optional.of("d"), null)).updatedAt())
                .isEqualTo(later);
        assertThat(engine.transitionFlag(flag.id(), FlagStatus.ARCHIVED).result().createdAt())
                .isEqualTo(flag.createdAt());
    }
}
