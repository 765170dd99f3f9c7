package dev.expcenter.engine;

/** Fills an empty store from a snapshot, refusing a state the engine could not have produced. */
final class StateLoader {
    private final Store store;

    StateLoader(Store store) {
        this.store = store;
    }

    void load(EngineState state) {
        for (FeatureFlag f : state.featureFlags()) {
            insert(store.flags, f.id(), f);
        }
        for (Variation v : state.variations()) {
            FeatureFlag flag = store.flags.get(v.featureFlagId());
            if (flag == null) {
                throw inconsistent("variation " + v.id() + " names feature flag " + v.featureFlagId()
                        + ", which does not exist");
            }
            for (String key : v.overrides().keySet()) {
                if (!flag.parameters().containsKey(key)) {
                    throw inconsistent("variation " + v.id() + " overrides '" + key
                            + "', which is not a parameter of feature flag " + flag.id());
                }
            }
            insert(store.variations, v.id(), v);
        }
        for (Segment s : state.segments()) {
            insert(store.segments, s.id(), s);
        }
        for (Experiment e : state.experiments()) {
            // An archived experiment uses nothing, so its flag may have been deleted since.
            if (e.status() != ExperimentStatus.ARCHIVED && store.flags.get(e.featureFlagId()) == null) {
                throw inconsistent("experiment " + e.id() + " names feature flag " + e.featureFlagId()
                        + ", which does not exist");
            }
            try {
                // Drafts of older versions may have no allocations yet; their readiness checks fail.
                if (!e.allocations().isEmpty()) {
                    Inputs.allocations(e.allocations());
                }
            } catch (EngineException bad) {
                throw new EngineException(Rule.INCONSISTENT_STATE, java.util.Map.of("problem", "experiment " + e.id(),
                        "cause", bad));
            }
            if (e.status() == ExperimentStatus.ACTIVE && store.activeExperimentId != null) {
                throw inconsistent("experiments " + store.activeExperimentId + " and " + e.id()
                        + " are both active; at most one may be");
            }
            insert(store.experiments, e.id(), e);
        }
    }

    private <T> void insert(Table<T> table, String id, T value) {
        if (store.issued(id)) {
            throw inconsistent("id " + id + " is used twice");
        }
        table.insert(id, value);
    }

    private static EngineException inconsistent(String what) {
        return new EngineException(Rule.INCONSISTENT_STATE, java.util.Map.of("problem", what));
    }
}
