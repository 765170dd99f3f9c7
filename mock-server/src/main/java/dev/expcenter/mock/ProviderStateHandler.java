package dev.expcenter.mock;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.states.ProviderStateNames;
import dev.expcenter.stub.states.ProviderStates;
import java.util.Map;

/**
 * Sets up (or tears down) a named Pact provider state on an engine, for
 * {@code POST /__admin/provider-states}. The catalogue of states lives elsewhere; the mock only
 * delegates to it.
 */
@FunctionalInterface
public interface ProviderStateHandler {
    /**
     * The project's provider-state catalogue ({@link ProviderStates}, documented in
     * {@code contract-tests/README.md}): what the mock uses unless told otherwise.
     */
    ProviderStateHandler CATALOGUE = (engine, state, params, setup) -> {
        if (!ProviderStateNames.ALL.contains(state)) {
            throw new UnknownProviderStateException(state);
        }
        return ProviderStates.apply(engine, state, params, setup);
    };

    /** Refuses every state. */
    ProviderStateHandler NONE = (engine, state, params, setup) -> {
        throw new UnknownProviderStateException(state);
    };

    /**
     * Applies {@code state} to {@code engine}, returning the values to inject into the interaction
     * (e.g. generated ids; an empty map when there are none).
     *
     * @throws UnknownProviderStateException when {@code state} is not in the catalogue
     */
    Map<String, Object> apply(ExperimentCenter engine, String state, Map<String, Object> params, boolean setup);
}
