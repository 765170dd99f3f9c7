package dev.expcenter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ErrorCode;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.Problem;
import dev.expcenter.engine.ValidationReport;
import dev.expcenter.stub.server.ApiResources;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in data makes every screen possible at once. */
class BuiltInDataTest {
    private static final Pattern ID = Pattern.compile("(flg|var|seg|exp)_[A-HJ-NP-Za-km-z1-9]{22}");
    static final String READY_DRAFT = "exp_BjD38ArfSzLdDAg9D7pek3";
    static final String FAILING_DRAFT = "exp_VoGQH5Kn8h817DR4hYSxnh";

    private final EngineState state = DataSet.builtIn().state();
    private final ExperimentCenter engine = ExperimentCenter.restore(state, Clock.systemUTC(), IdGenerator.secureRandom());

    @Test
    void shouldHaveFlagsInEveryStatusAndAnActiveOneWithTwoVariations() {
        assertThat(state.featureFlags()).extracting(FeatureFlag::status).contains(FlagStatus.values());
        assertThat(state.featureFlags()).allSatisfy(f -> assertThat(f.type().wire()).isEqualTo("self"));
        assertThat(state.featureFlags()).filteredOn(f -> f.status() == FlagStatus.ACTIVE)
                .anySatisfy(f -> assertThat(engine.listVariations(f.id())).hasSizeGreaterThanOrEqualTo(2));
        assertThat(state.segments()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldHaveExperimentsInEveryStatusExactlyOneActiveAndBothStrategies() {
        assertThat(state.experiments()).extracting(Experiment::status).contains(ExperimentStatus.values());
        assertThat(state.experiments()).filteredOn(e -> e.status() == ExperimentStatus.ACTIVE).hasSize(1);
        assertThat(state.experiments()).extracting(e -> e.allocationStrategy().wire())
                .contains("percentage", "segment");
    }

    @Test
    void idsShouldBeValid() {
        Stream.of(state.featureFlags().stream().map(FeatureFlag::id), state.variations().stream().map(v -> v.id()),
                        state.segments().stream().map(s -> s.id()), state.experiments().stream().map(Experiment::id))
                .flatMap(s -> s)
                .forEach(id -> assertThat(id).matches(ID));
    }

    @Test
    void timestampsShouldFollowTheLifecycle() {
        for (Experiment e : state.experiments()) {
            assertThat(e.updatedAt()).as(e.id()).isAfterOrEqualTo(e.createdAt());
            switch (e.status()) {
                case DRAFT -> assertThat(e.startedAt()).as(e.id()).isNull();
                case ACTIVE, PAUSED -> {
                    assertThat(e.startedAt()).as(e.id()).isNotNull();
                    assertThat(e.endedAt()).as(e.id()).isNull();
                }
                case COMPLETED -> assertThat(e.endedAt()).as(e.id()).isAfter(e.startedAt());
                case ARCHIVED -> assertThat(e.startedAt() == null).as(e.id()).isEqualTo(e.endedAt() == null);
            }
            if (e.startedAt() != null) {
                assertThat(e.startedAt()).as(e.id()).isAfterOrEqualTo(e.createdAt()).isBeforeOrEqualTo(e.updatedAt());
            }
        }
    }

    @Test
    void storedIsValidShouldMatchTheChecksForEveryDraft() {
        for (Experiment e : state.experiments()) {
            if (e.status() == ExperimentStatus.DRAFT) {
                boolean configurationOk = engine.validateExperiment(e.id()).errors().stream()
                        .allMatch(p -> p.code() == ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
                assertThat(e.valid()).as(e.id()).isEqualTo(configurationOk);
            }
        }
    }

    @Test
    void readyDraftShouldFailOnlyTheOneActiveRule() {
        ValidationReport report = engine.validateExperiment(READY_DRAFT);

        assertThat(engine.getExperiment(READY_DRAFT).status()).isEqualTo(ExperimentStatus.DRAFT);
        assertThat(report.errors()).extracting(Problem::code)
                .containsExactly(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
    }

    @Test
    void failingDraftShouldReportItsErrors() {
        ValidationReport report = engine.validateExperiment(FAILING_DRAFT);

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).extracting(Problem::code).containsExactly(
                ErrorCode.EXPERIMENT_MISSING_CONTROL, ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS,
                ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
    }

    @Test
    void summaryShouldCountEachKind() {
        assertThat(DataSet.builtIn().summary())
                .isEqualTo("5 feature flags, 10 variations, 3 segments, 8 experiments from built-in data");
    }

    @Test
    void shouldPassTheStubsDataFileChecks() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DataSet.BUILT_IN)) {
            assertThat(ApiResources.stateFile().read(in, DataSet.BUILT_IN).experiments()).hasSize(8);
        }
    }

}
