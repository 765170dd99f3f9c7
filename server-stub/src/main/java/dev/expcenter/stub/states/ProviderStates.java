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

import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.stub.error.EngineMessages;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
            throw read.bad(EngineMessages.of(inconsistent));
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
                StateWorlds::experimentExists));
        c.put(EXPERIMENT_FAILING_READINESS_EXISTS, new Definition(Set.of("id", "feature_flag_id", "variation_ids"),
                StateWorlds::failingReadiness));
        c.put(ANOTHER_EXPERIMENT_IS_ACTIVE, new Definition(Set.of("id", "active_id", "feature_flag_id", "variation_ids"),
                StateWorlds::anotherActive));
        c.put(NO_EXPERIMENT_EXISTS, new Definition(Set.of("id"), StateWorlds::noExperiment));
        c.put(EXPERIMENTS_EXIST, new Definition(Set.of("count", "ids", "status", "feature_flag_id", "variation_ids"),
                StateWorlds::experimentsExist));
        c.put(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, new Definition(Set.of("id", "variation_ids"),
                StateWorlds::activeFlag));
        c.put(EXPERIMENT_IN_EACH_STATUS_EXISTS, new Definition(Set.of("draft_id", "active_id", "paused_id",
                "completed_id", "archived_id", "feature_flag_id", "variation_ids"), StateWorlds::oneInEachStatus));
        c.put(AUTH0_FLAG_EXISTS, new Definition(Set.of("id", "variation_ids"), StateWorlds::auth0Flag));
        c.put(AUTH0_SEGMENT_EXISTS, new Definition(Set.of("id", "feature_flag_id", "variation_ids"),
                StateWorlds::auth0Segment));
        c.put(RECORDS_EXIST, new Definition(RecordsState.PARAMS, RecordsState::build));
        if (!c.keySet().equals(Set.copyOf(ProviderStateNames.ALL))) {
            throw new IllegalStateException("Catalogue and ProviderStateNames.ALL disagree");
        }
        return Map.copyOf(c);
    }
}
