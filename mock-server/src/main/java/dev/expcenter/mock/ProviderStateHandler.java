package dev.expcenter.mock;

import dev.expcenter.engine.ExperimentCenter;
import java.util.Map;

/**
 * Sets up (or tears down) a named Pact provider state on an engine, for
 * {@code POST /__admin/provider-states}. The catalogue of states lives elsewhere; the mock only
 * delegates to it.
 */
@FunctionalInterface
public interface ProviderStateHandler {
    /** Refuses every state: what the mock uses when no handler is configured. */
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
