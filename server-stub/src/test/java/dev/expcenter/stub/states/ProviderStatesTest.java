package dev.expcenter.stub.states;

import static dev.expcenter.stub.states.ProviderStateNames.ACTIVE_FLAG_WITH_VARIATIONS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.ANOTHER_EXPERIMENT_IS_ACTIVE;
import static dev.expcenter.stub.states.ProviderStateNames.AUTH0_FLAG_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.AUTH0_SEGMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENTS_EXIST;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_FAILING_READINESS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_IN_EACH_STATUS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.NO_EXPERIMENT_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ErrorCode;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentQuery;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagPatch;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.NewExperiment;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.SegmentPatch;
import dev.expcenter.engine.Transition;
import dev.expcenter.engine.Variation;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.EngineMessages;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;

class ProviderStatesTest {
    private static final String EXP = "exp_9Km3nZ7vQwRx2yDjFs5gCp";
    private static final String OTHER = "exp_3Fw8Kp2RtYz6MqXv9Nb4Hd";
    private static final String ID_PATTERN = "^(exp|flg|var|seg)_[A-HJ-NP-Za-km-z1-9]{22}$";

    private final ExperimentCenter engine = ExperimentCenter.create();

    private Map<String, Object> setUp(String state, Map<String, Object> params) {
        return ProviderStates.apply(engine, state, params, true);
    }

    @Test
    void experimentExistsShouldDefaultToADraftReadyToActivate() {
        Map<String, Object> used = setUp(EXPERIMENT_EXISTS, null);

        String id = (String) used.get("id");
        assertThat(id).matches(ID_PATTERN);
        assertThat(used).containsEntry("status", "draft").containsEntry("allocation_strategy", "percentage");
        Experiment e = engine.getExperiment(id);
        assertThat(e.status()).isEqualTo(ExperimentStatus.DRAFT);
        assertThat(e.startedAt()).isNull();
        assertThat(e.endedAt()).isNull();
        assertThat(e.updatedAt()).isEqualTo(e.createdAt());
        assertThat(e.allocations()).extracting(a -> a.weight()).containsExactly(50.0, 50.0);
        assertThat(engine.getFlag(e.featureFlagId()).status()).isEqualTo(FlagStatus.ACTIVE);
        assertThat(engine.validateExperiment(id).valid()).isTrue();
        assertThat(engine.transitionExperiment(id, ExperimentStatus.ACTIVE)).isInstanceOf(Transition.Transitioned.class);
    }

    @Test
    void experimentExistsShouldUseTheConsumersIdsAndValues() {
        Map<String, Object> used = setUp(EXPERIMENT_EXISTS,
                Map.of("id", EXP, "status", "paused", "allocation_strategy", "segment", "name", "Checkout copy"));

        assertThat(used).containsEntry("id", EXP).containsEntry("name", "Checkout copy").containsKey("segment_id");
        Experiment e = engine.getExperiment(EXP);
        assertThat(e.name()).isEqualTo("Checkout copy");
        assertThat(e.status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(engine.getSegment((String) used.get("segment_id"))).isNotNull();
        assertThat(e.allocations()).filteredOn(a -> a.isFallback()).hasSize(1);
        assertThat(engine.validateExperiment(EXP).valid()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ExperimentStatus.class)
    void experimentExistsShouldHaveTimestampsConsistentWithItsStatus(ExperimentStatus status) {
        setUp(EXPERIMENT_EXISTS, Map.of("id", EXP, "status", status.wire()));

        Experiment e = engine.getExperiment(EXP);
        boolean ran = status != ExperimentStatus.DRAFT;
        boolean ended = status == ExperimentStatus.COMPLETED || status == ExperimentStatus.ARCHIVED;
        assertThat(e.startedAt() != null).as("started_at set").isEqualTo(ran);
        assertThat(e.endedAt() != null).as("ended_at set").isEqualTo(ended);
        assertThat(e.updatedAt()).isAfterOrEqualTo(e.createdAt()).isBeforeOrEqualTo(Instant.now());
        if (ran) {
            assertThat(e.startedAt()).isAfter(e.createdAt()).isBeforeOrEqualTo(e.updatedAt());
        }
        if (ended) {
            assertThat(e.endedAt()).isAfter(e.startedAt()).isBeforeOrEqualTo(e.updatedAt());
        }
    }

    @Test
    void failingReadinessShouldFailActivationWithTheFlagCheckFirst() {
        setUp(EXPERIMENT_FAILING_READINESS_EXISTS, Map.of("id", EXP));

        assertThat(engine.getExperiment(EXP).valid()).isFalse();
        assertThatThrownBy(() -> engine.transitionExperiment(EXP, ExperimentStatus.ACTIVE))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(EngineMessages.of(e))
                        .contains("must be active").contains("found 90"));
    }

    @Test
    void anotherActiveShouldBlockActivationOfTheDraft() {
        Map<String, Object> used = setUp(ANOTHER_EXPERIMENT_IS_ACTIVE, Map.of("id", EXP, "active_id", OTHER));

        assertThat(used).containsEntry("id", EXP).containsEntry("active_id", OTHER);
        assertThat(engine.getExperiment(OTHER).status()).isEqualTo(ExperimentStatus.ACTIVE);
        assertThat(engine.getExperiment(EXP).valid()).isTrue();
        assertThatThrownBy(() -> engine.transitionExperiment(EXP, ExperimentStatus.ACTIVE))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(EngineMessages.of(e)).contains("already active"));
    }

    @Test
    void noExperimentShouldLeaveAnEmptyTenantAndReturnTheId() {
        setUp(EXPERIMENT_EXISTS, Map.of("id", EXP));

        assertThat(setUp(NO_EXPERIMENT_EXISTS, Map.of("id", EXP))).containsEntry("id", EXP);
        assertThat(engine.snapshot()).isEqualTo(EngineState.empty());
    }

    @Test
    void experimentsExistShouldCreateThemInOrder() {
        Map<String, Object> used = setUp(EXPERIMENTS_EXIST, Map.of("count", 4, "status", "completed"));

        List<?> ids = (List<?>) used.get("ids");
        assertThat(ids).hasSize(4);
        assertThat(used).containsEntry("id_1", ids.get(0)).containsEntry("id_4", ids.get(3));
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items())
                .extracting(Experiment::id).containsExactlyElementsOf(ids.stream().map(String.class::cast).toList());
        assertThat(engine.snapshot().experiments()).allMatch(e -> e.status() == ExperimentStatus.COMPLETED);
    }

    @Test
    void experimentsExistShouldUseTheChosenIds() {
        Map<String, Object> used = setUp(EXPERIMENTS_EXIST, Map.of("ids", List.of(EXP, OTHER)));

        assertThat(used).containsEntry("ids", List.of(EXP, OTHER)).containsEntry("count", 2)
                .containsEntry("id_2", OTHER);
        assertThatThrownBy(() -> setUp(EXPERIMENTS_EXIST, Map.of("ids", List.of(EXP), "count", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 2 but 1 ids");
    }

    @Test
    void experimentsExistShouldDefaultToThreeDrafts() {
        Map<String, Object> used = setUp(EXPERIMENTS_EXIST, Map.of());

        assertThat(used).containsEntry("count", 3).containsEntry("status", "draft");
        assertThat(engine.snapshot().experiments()).hasSize(3);
    }

    @Test
    void activeFlagShouldHaveTheChosenVariations() {
        String flag = "flg_72jbvv7LfRKYp59gtRLtkn";
        List<String> variations = List.of("var_4Nq8mR2xPkTv6wYjHs3fBn", "var_7Tz3Wq9KxMv2Rb5YhJd8Ne");

        Map<String, Object> used = setUp(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS,
                Map.of("id", flag, "variation_ids", String.join(",", variations)));

        assertThat(used).containsEntry("variation_ids", variations)
                .containsEntry("variation_id_1", variations.get(0)).containsEntry("variation_id_2", variations.get(1));
        assertThat(engine.getFlag(flag).status()).isEqualTo(FlagStatus.ACTIVE);
        assertThat(engine.listVariations(flag)).extracting(v -> v.id()).containsExactlyElementsOf(variations);
    }

    @Test
    void theControlShouldServeTheDefaultsAndTheTreatmentsOverrideThem() {
        Map<String, Object> used = setUp(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, Map.of("variation_ids",
                List.of("var_4Nq8mR2xPkTv6wYjHs3fBn", "var_7Tz3Wq9KxMv2Rb5YhJd8Ne", "var_2CAeXuGd9UbjFtyV3PAXuL")));

        // An override equal to the parameter's default is a 400 through the API (Auth0's rule).
        assertThat(engine.listVariations((String) used.get("id")))
                .extracting(Variation::name, Variation::overrides)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Control", Map.of()),
                        org.assertj.core.groups.Tuple.tuple("Treatment 1", Map.of("prompt_enabled", true)),
                        org.assertj.core.groups.Tuple.tuple("Treatment 2", Map.of("prompt_enabled", true)));
    }

    @Test
    void oneInEachStatusShouldHaveOneExperimentPerStatusInStatusOrder() {
        Map<String, Object> used = setUp(EXPERIMENT_IN_EACH_STATUS_EXISTS, Map.of("active_id", EXP));

        assertThat(used).containsEntry("active_id", EXP).containsKeys("draft_id", "paused_id", "completed_id",
                "archived_id", "feature_flag_id", "variation_id_1", "variation_id_2");
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items())
                .extracting(Experiment::status).containsExactly(ExperimentStatus.values());
        for (ExperimentStatus status : ExperimentStatus.values()) {
            Experiment e = engine.getExperiment((String) used.get(status.wire() + "_id"));
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.valid()).as("%s is ready", status).isTrue();
        }
        assertThat(used.get("ids")).isEqualTo(Arrays.stream(ExperimentStatus.values())
                .map(s -> used.get(s.wire() + "_id")).toList());
        // Only the active one blocks: the draft cannot start while it runs.
        assertThatThrownBy(() -> engine.transitionExperiment((String) used.get("draft_id"), ExperimentStatus.ACTIVE))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(EngineMessages.of(e)).contains("already active"));
    }

    @Test
    void auth0FlagShouldBeReadOnlyButUsableByExperiments() {
        String flag = "flg_e6tBujgnM9qMP2yJgfdmBb";
        Map<String, Object> used = setUp(AUTH0_FLAG_EXISTS, Map.of("id", flag));

        FeatureFlag f = engine.getFlag(flag);
        assertThat(f.type()).isEqualTo(OwnerType.AUTH0);
        assertThat(f.status()).isEqualTo(FlagStatus.ACTIVE);
        assertThat(f.parameters()).isNotEmpty();
        assertThat(engine.listVariations(flag)).hasSize(2);
        assertForbidden(() -> engine.updateFlag(flag, new FlagPatch("Renamed flag", null, null)),
                ErrorCode.FEATURE_FLAG_NOT_MODIFIABLE);
        assertForbidden(() -> engine.deleteFlag(flag), ErrorCode.FEATURE_FLAG_NOT_MODIFIABLE);
        assertForbidden(() -> engine.transitionFlag(flag, FlagStatus.ARCHIVED), ErrorCode.FEATURE_FLAG_NOT_MODIFIABLE);

        Experiment e = engine.createExperiment(new NewExperiment("On Auth0's flag", null, flag, "pre_authentication",
                AllocationStrategy.PERCENTAGE, null, List.of(
                        Allocation.weighted((String) used.get("variation_id_1"), 50, true),
                        Allocation.weighted((String) used.get("variation_id_2"), 50, false))));
        assertThat(engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE)).isInstanceOf(Transition.Transitioned.class);
    }

    @Test
    void auth0SegmentShouldBeReadOnlyButUsableByASegmentExperiment() {
        String segment = "seg_W7961S7ZnpbsKpCtNQWA5d";
        Map<String, Object> used = setUp(AUTH0_SEGMENT_EXISTS, Map.of("id", segment));

        assertThat(engine.getSegment(segment).type()).isEqualTo(OwnerType.AUTH0);
        assertThat(engine.getFlag((String) used.get("feature_flag_id")).type()).isEqualTo(OwnerType.SELF);
        assertForbidden(() -> engine.updateSegment(segment, new SegmentPatch("Renamed segment", null, null)),
                ErrorCode.SEGMENT_NOT_MODIFIABLE);
        assertForbidden(() -> engine.deleteSegment(segment), ErrorCode.SEGMENT_NOT_MODIFIABLE);

        Experiment e = engine.createExperiment(new NewExperiment("Mobile first", null,
                (String) used.get("feature_flag_id"), "pre_authentication", AllocationStrategy.SEGMENT, null, List.of(
                        Allocation.segmented((String) used.get("variation_id_2"), segment, 1, false, false),
                        Allocation.segmented((String) used.get("variation_id_1"), null, null, true, true))));
        assertThat(engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE)).isInstanceOf(Transition.Transitioned.class);
    }

    /** Every state with its defaults, and the parameter sets that build the most records. */
    static final List<Map<String, Object>> WORLDS = Stream.concat(
            ProviderStateNames.ALL.stream().map(state -> Map.<String, Object>of("state", state)),
            Stream.of(
                    Map.<String, Object>of("state", EXPERIMENT_EXISTS, "allocation_strategy", "segment",
                            "status", "archived"),
                    Map.<String, Object>of("state", EXPERIMENTS_EXIST, "count", 50, "status", "completed"),
                    Map.<String, Object>of("state", ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, "variation_ids",
                            "var_4Nq8mR2xPkTv6wYjHs3fBn,var_7Tz3Wq9KxMv2Rb5YhJd8Ne,var_2CAeXuGd9UbjFtyV3PAXuL"))).toList();

    @ParameterizedTest
    @FieldSource("WORLDS")
    void everyStateShouldHaveNamesTheApiAcceptsUniquePerKind(Map<String, Object> world) {
        Map<String, Object> params = new HashMap<>(world);
        String state = (String) params.remove("state");
        setUp(state, params);

        EngineState s = engine.snapshot();
        assertNames(s.featureFlags().stream().map(FeatureFlag::name).toList(), "feature flags");
        assertNames(s.segments().stream().map(x -> x.name()).toList(), "segments");
        assertNames(s.experiments().stream().map(Experiment::name).toList(), "experiments");
        s.variations().stream().collect(java.util.stream.Collectors.groupingBy(Variation::featureFlagId))
                .forEach((flag, vs) -> assertNames(vs.stream().map(Variation::name).toList(), "variations of " + flag));
        assertThat(s.experiments()).allSatisfy(e -> {
            assertThat(e.allocations()).as(e.name()).hasSizeBetween(1, 20);
            assertThat(e.allocations()).allSatisfy(a -> {
                if (a.weight() != null) {
                    assertThat(a.weight()).isBetween(0.0, 100.0);
                }
            });
        });
    }

    private static void assertNames(List<String> names, String kind) {
        assertThat(names).as(kind).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).hasSizeBetween(3, 255).matches("^(?!.*\\x00)\\S(.*\\S)?$"));
    }

    private static void assertForbidden(ThrowingCallable write, ErrorCode code) {
        assertThatThrownBy(write).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(ApiError.of(e.code()).status()).isEqualTo(403);
        });
    }

    @Test
    void teardownShouldEmptyTheTenant() {
        setUp(EXPERIMENTS_EXIST, Map.of());

        assertThat(ProviderStates.apply(engine, EXPERIMENTS_EXIST, Map.of(), false)).isEmpty();
        assertThat(engine.snapshot()).isEqualTo(EngineState.empty());
    }

    @Test
    void everyNamedStateShouldSetUpWithDefaults() {
        for (String state : ProviderStateNames.ALL) {
            assertThat(setUp(state, new HashMap<>())).as(state).isNotEmpty();
        }
    }

    @Test
    void unknownStateShouldBeRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> setUp("an experiment is running", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'an experiment is running'")
                .hasMessageContaining("'" + EXPERIMENT_EXISTS + "'")
                .hasMessageContaining("'" + ACTIVE_FLAG_WITH_VARIATIONS_EXISTS + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id        | exp_0OIl          | is not a valid id",
        "id        | flg_72jbvv7LfRKYp | is not a valid id",
        "status    | running           | is not one of [draft, active, paused, completed, archived]",
        "colour    | blue              | unknown parameter(s) [colour]",
        "name      | ' padded'         | white space",
        "name      | ab                | 3 to 255 characters",
    })
    void badParametersShouldBeRejectedAndLeaveTheEngineAsItWas(String name, String value, String message) {
        setUp(EXPERIMENT_EXISTS, Map.of("id", OTHER));

        assertThatThrownBy(() -> setUp(EXPERIMENT_EXISTS, Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + EXPERIMENT_EXISTS + "'")
                .hasMessageContaining(message);
        assertThat(engine.getExperiment(OTHER)).isNotNull();
    }

    @Test
    void moreThanOneActiveExperimentShouldBeRejected() {
        assertThatThrownBy(() -> setUp(EXPERIMENTS_EXIST, Map.of("count", "2", "status", "active")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one");
    }

    @Test
    void theSameIdTwiceShouldBeRejected() {
        assertThatThrownBy(() -> setUp(ANOTHER_EXPERIMENT_IS_ACTIVE, Map.of("id", EXP, "active_id", EXP)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> setUp(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS,
                Map.of("variation_ids", List.of("var_4Nq8mR2xPkTv6wYjHs3fBn", "var_4Nq8mR2xPkTv6wYjHs3fBn"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("used twice");
    }
}
