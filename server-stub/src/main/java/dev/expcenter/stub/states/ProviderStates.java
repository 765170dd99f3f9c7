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
import static dev.expcenter.stub.states.ProviderStateNames.RECORDS_EXIST;

import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.IdKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The provider-state catalogue: for each name in {@link ProviderStateNames}, the exact world a
 * consumer's {@code given(...)} asks for. Setup replaces the engine's whole state with that world
 * and returns the ids and values it used (Pact injects them with {@code fromProviderState});
 * teardown leaves an empty tenant. Used by the provider verification and by the mock's
 * {@code POST /__admin/provider-states}.
 */
public final class ProviderStates {
    private static final Map<String, Definition> CATALOGUE = catalogue();

    private ProviderStates() {
    }

    /**
     * Sets up ({@code setup} true) or tears down the state {@code state} with the consumer's
     * {@code params} (null means none). Returns the values used, by parameter name; teardown returns
     * an empty map. {@link IllegalArgumentException} for an unknown state (naming the known ones),
     * an unknown parameter or a bad value; the engine is then left as it was.
     */
    public static Map<String, Object> apply(ExperimentCenter engine, String state, Map<String, Object> params,
                                            boolean setup) {
        return apply(engine, state, params, setup, Instant.now(), IdGenerator.secureRandom());
    }

    static Map<String, Object> apply(ExperimentCenter engine, String state, Map<String, Object> params,
                                     boolean setup, Instant now, IdGenerator ids) {
        Objects.requireNonNull(engine, "engine");
        Definition definition = CATALOGUE.get(state);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown provider state '" + state + "'; known states: "
                    + String.join(", ", ProviderStateNames.ALL.stream().map(s -> "'" + s + "'").toList()));
        }
        StateParams read = new StateParams(state, params, ids, definition.params());
        if (!setup) {
            engine.replace(EngineState.empty());
            return Map.of();
        }
        World world = new World(now.truncatedTo(ChronoUnit.SECONDS));
        Map<String, Object> used = definition.builder().build(read, world);
        try {
            engine.replace(world.state());
        } catch (EngineException inconsistent) {
            // e.g. the consumer chose the same id twice
            throw read.bad(inconsistent.getMessage());
        }
        return used;
    }

    /** One catalogue entry: the parameters it accepts and how it builds its world. */
    private record Definition(Set<String> params, Builder builder) {
    }

    @FunctionalInterface
    private interface Builder {
        Map<String, Object> build(StateParams params, World world);
    }

    private static Map<String, Definition> catalogue() {
        Map<String, Definition> c = new LinkedHashMap<>();
        c.put(EXPERIMENT_EXISTS, new Definition(Set.of("id", "status", "allocation_strategy", "name",
                "feature_flag_id", "variation_ids", "segment_id"),
                ProviderStates::experimentExists));
        c.put(EXPERIMENT_FAILING_READINESS_EXISTS, new Definition(Set.of("id", "feature_flag_id", "variation_ids"),
                ProviderStates::failingReadiness));
        c.put(ANOTHER_EXPERIMENT_IS_ACTIVE, new Definition(Set.of("id", "active_id", "feature_flag_id", "variation_ids"),
                ProviderStates::anotherActive));
        c.put(NO_EXPERIMENT_EXISTS, new Definition(Set.of("id"), ProviderStates::noExperiment));
        c.put(EXPERIMENTS_EXIST, new Definition(Set.of("count", "ids", "status", "feature_flag_id", "variation_ids"),
                ProviderStates::experimentsExist));
        c.put(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, new Definition(Set.of("id", "variation_ids"),
                ProviderStates::activeFlag));
        c.put(EXPERIMENT_IN_EACH_STATUS_EXISTS, new Definition(Set.of("draft_id", "active_id", "paused_id",
                "completed_id", "archived_id", "feature_flag_id", "variation_ids"), ProviderStates::oneInEachStatus));
        c.put(AUTH0_FLAG_EXISTS, new Definition(Set.of("id", "variation_ids"), ProviderStates::auth0Flag));
        c.put(AUTH0_SEGMENT_EXISTS, new Definition(Set.of("id", "feature_flag_id", "variation_ids"),
                ProviderStates::auth0Segment));
        c.put(RECORDS_EXIST, new Definition(RecordsState.PARAMS, RecordsState::build));
        if (!c.keySet().equals(Set.copyOf(ProviderStateNames.ALL))) {
            throw new IllegalStateException("Catalogue and ProviderStateNames.ALL disagree");
        }
        return Map.copyOf(c);
    }

    private static Map<String, Object> experimentExists(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        ExperimentStatus status = p.choice("status", ExperimentStatus.class, ExperimentStatus::fromWire,
                ExperimentStatus.DRAFT);
        AllocationStrategy strategy = p.choice("allocation_strategy", AllocationStrategy.class,
                AllocationStrategy::fromWire, AllocationStrategy.PERCENTAGE);
        String name = p.name("name", "Passkey prompt on login");
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        if (strategy == AllocationStrategy.SEGMENT) {
            String segmentId = p.id("segment_id", IdKind.SEGMENT);
            world.segment(segmentId);
            world.segmented(id, name, flagId, variationIds, segmentId, status);
            used.put("segment_id", segmentId);
        } else {
            world.percentage(id, name, flagId, variationIds, status);
        }
        used.put("id", id);
        used.put("status", status.wire());
        used.put("allocation_strategy", strategy.wire());
        used.put("name", name);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> failingReadiness(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.DRAFT, variationIds);
        world.unready(id, flagId, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> anotherActive(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        String activeId = p.id("active_id", IdKind.EXPERIMENT);
        if (activeId.equals(id)) {
            throw p.bad("active_id must differ from id (" + id + ")");
        }
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        world.percentage(activeId, "Passkey prompt, first run", flagId, variationIds, ExperimentStatus.ACTIVE);
        world.percentage(id, "Passkey prompt on login", flagId, variationIds, ExperimentStatus.DRAFT);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("active_id", activeId);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> noExperiment(StateParams p, World world) {
        return Map.of("id", p.id("id", IdKind.EXPERIMENT));
    }

    private static Map<String, Object> experimentsExist(StateParams p, World world) {
        List<String> chosen = p.has("ids") ? p.ids("ids", IdKind.EXPERIMENT, 0) : null;
        int count = p.integer("count", chosen == null ? 3 : chosen.size(), 0, 50);
        if (chosen != null && chosen.size() != count) {
            throw p.bad("count " + count + " but " + chosen.size() + " ids");
        }
        ExperimentStatus status = p.choice("status", ExperimentStatus.class, ExperimentStatus::fromWire,
                ExperimentStatus.DRAFT);
        if (status == ExperimentStatus.ACTIVE && count > 1) {
            throw p.bad("at most one experiment may be active; count " + count + " with status active");
        }
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        List<String> ids = new ArrayList<>();
        Map<String, Object> used = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            Experiment e = world.percentage(chosen == null ? p.fresh(IdKind.EXPERIMENT) : chosen.get(i - 1), "Experiment " + i, flagId, variationIds,
                    status);
            ids.add(e.id());
            used.put("id_" + i, e.id());
        }
        used.put("ids", List.copyOf(ids));
        used.put("count", count);
        used.put("status", status.wire());
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> activeFlag(StateParams p, World world) {
        String id = p.id("id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(id, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> oneInEachStatus(StateParams p, World world) {
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (ExperimentStatus status : ExperimentStatus.values()) {
            String param = status.wire() + "_id";
            String id = p.id(param, IdKind.EXPERIMENT);
            String name = Character.toUpperCase(status.wire().charAt(0)) + status.wire().substring(1) + " experiment";
            world.percentage(id, name, flagId, variationIds, status);
            used.put(param, id);
            ids.add(id);
        }
        used.put("ids", List.copyOf(ids));
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> auth0Flag(StateParams p, World world) {
        String id = p.id("id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.auth0Flag(id, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        putVariations(used, variationIds);
        return used;
    }

    private static Map<String, Object> auth0Segment(StateParams p, World world) {
        String id = p.id("id", IdKind.SEGMENT);
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        world.auth0Segment(id);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    /** {@code variation_ids} as a list, and each one as {@code variation_id_1}, {@code variation_id_2}, ... */
    private static void putVariations(Map<String, Object> used, List<String> variationIds) {
        used.put("variation_ids", List.copyOf(variationIds));
        for (int i = 0; i < variationIds.size(); i++) {
            used.put("variation_id_" + (i + 1), variationIds.get(i));
        }
    }
}
