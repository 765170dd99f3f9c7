package dev.expcenter.mock.data;

import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ErrorCode;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.Problem;
import dev.expcenter.engine.ValidationReport;
import dev.expcenter.mock.testsupport.MockClient;
import dev.expcenter.stub.server.ApiResources;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The built-in data makes every screen possible at once. */
class BuiltInDataTest {
    private static final Pattern ID = Pattern.compile("(flg|var|seg|exp)_[A-HJ-NP-Za-km-z1-9]{22}");
    static final String READY_DRAFT = "exp_BjD38ArfSzLdDAg9D7pek3";
    static final String FAILING_DRAFT = "exp_VoGQH5Kn8h817DR4hYSxnh";
    static final String AUTH0_FLAG = "flg_V2L7kpmsXpm55xSbfqooGi";
    static final String AUTH0_SEGMENT = "seg_koJkUfCQWHq5Fjz7u22wnW";

    @AutoClose
    private static final MockClient mock = MockClient.start();

    private final EngineState state = DataSet.builtIn().state();
    private final ExperimentCenter engine = ExperimentCenter.restore(state, Clock.systemUTC(), IdGenerator.secureRandom());

    @Test
    void shouldHaveFlagsInEveryStatusAndAnActiveOneWithTwoVariations() {
        List<FeatureFlag> own = state.featureFlags().stream().filter(f -> f.type() == OwnerType.SELF).toList();
        assertThat(own).extracting(FeatureFlag::status).contains(FlagStatus.values());
        assertThat(own).filteredOn(f -> f.status() == FlagStatus.ACTIVE)
                .anySatisfy(f -> assertThat(engine.listVariations(f.id())).hasSizeGreaterThanOrEqualTo(2));
        assertThat(state.segments()).filteredOn(s -> s.type() == OwnerType.SELF).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void auth0sOwnFlagAndSegmentShouldBeThere() {
        assertThat(state.featureFlags()).filteredOn(f -> f.type() == OwnerType.AUTH0).singleElement()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo(AUTH0_FLAG);
                    assertThat(f.name()).isEqualTo("Bot detection sensitivity");
                    assertThat(f.status()).isEqualTo(FlagStatus.ACTIVE);
                    assertThat(engine.listVariations(f.id())).hasSizeGreaterThanOrEqualTo(2);
                });
        assertThat(state.segments()).filteredOn(s -> s.type() == OwnerType.AUTH0).singleElement()
                .satisfies(s -> {
                    assertThat(s.id()).isEqualTo(AUTH0_SEGMENT);
                    assertThat(s.name()).isEqualTo("Known crawlers");
                    // The object conditions Auth0's document allows, beside the team's value lists.
                    assertThat(s.rules().stream().flatMap(r -> r.match().values().stream())
                            .filter(Map.class::isInstance).flatMap(c -> ((Map<?, ?>) c).keySet().stream())
                            .map(String::valueOf))
                            .contains("contains", "ends_with", "exists");
                });
    }

    @Test
    void auth0sOwnFlagShouldBeReadOnlyOverHttp() {
        String path = "/experimentation/feature-flags/" + AUTH0_FLAG;
        String before = MockClient.send(mock.api(path).build()).body();

        assertNotModifiable(mock.send(json(mock.api(path), "PATCH", "{\"name\": \"Renamed by a test\"}")),
                "feature_flag_not_modifiable", "Feature flag cannot be modified.");
        assertNotModifiable(mock.send(json(mock.api(path + "/status"), "POST", "{\"status\": \"archived\"}")),
                "feature_flag_not_modifiable", "Feature flag cannot be modified.");
        assertNotModifiable(mock.send(mock.api(path).DELETE()),
                "feature_flag_not_modifiable", "Feature flag cannot be modified.");

        assertThat(MockClient.send(mock.api(path).build()).body()).as("unchanged").isEqualTo(before);
    }

    @Test
    void auth0sOwnSegmentShouldBeReadOnlyOverHttp() {
        String path = "/experimentation/segments/" + AUTH0_SEGMENT;
        String before = MockClient.send(mock.api(path).build()).body();

        assertNotModifiable(mock.send(json(mock.api(path), "PATCH", "{\"description\": null}")),
                "segment_not_modifiable", "Segment cannot be modified.");
        assertNotModifiable(mock.send(mock.api(path).DELETE()),
                "segment_not_modifiable", "Segment cannot be modified.");

        assertThat(MockClient.send(mock.api(path).build()).body()).as("unchanged").isEqualTo(before);
    }

    private static void assertNotModifiable(HttpResponse<String> response, String errorCode, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        JsonNode error = MockClient.body(response);
        assertThat(error.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void everyExperimentShouldHaveAllocations() {
        assertThat(state.experiments()).allSatisfy(e -> assertThat(e.allocations()).as(e.name())
                .hasSizeBetween(1, 20));
    }

    @Test
    void everyNameAndDescriptionShouldHaveAtLeastThreeCharacters() {
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        state.featureFlags().forEach(f -> {
            names.add(f.name());
            descriptions.add(f.description());
        });
        state.variations().forEach(v -> {
            names.add(v.name());
            descriptions.add(v.description());
        });
        state.segments().forEach(s -> {
            names.add(s.name());
            descriptions.add(s.description());
        });
        state.experiments().forEach(e -> {
            names.add(e.name());
            descriptions.add(e.description());
        });
        assertThat(names).hasSize(31).allSatisfy(n -> assertThat(n).hasSizeGreaterThanOrEqualTo(3));
        assertThat(descriptions).filteredOn(Objects::nonNull)
                .allSatisfy(d -> assertThat(d).hasSizeGreaterThanOrEqualTo(3));
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
                .isEqualTo("6 feature flags, 13 variations, 4 segments, 8 experiments from built-in data");
    }

    @Test
    void shouldPassTheStubsDataFileChecks() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DataSet.BUILT_IN)) {
            assertThat(ApiResources.stateFile().read(in, DataSet.BUILT_IN).experiments()).hasSize(8);
        }
    }

}
