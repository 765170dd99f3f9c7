package dev.expcenter.engine;

import java.util.List;
import java.util.Map;

/**
 * The write-time checks of an experiment's allocations against the tenant (create and PATCH):
 * every variation is one of the experiment's flag, then every segment named exists. The
 * readiness checks repeat both, because imported state may still break them. Under the store's lock.
 */
final class AllocationRules {
    private final Store store;

    AllocationRules(Store store) {
        this.store = store;
    }

    void check(String flagId, List<Allocation> allocations) {
        for (int i = 0; i < allocations.size(); i++) {
            String id = allocations.get(i).variationId();
            Variation v = store.variations.get(id);
            if (v == null || !v.featureFlagId().equals(flagId)) {
                throw new EngineException(Rule.FOREIGN_VARIATION,
                        Map.of("variation", id, "at", "allocations[" + i + "]", "flag", flagId));
            }
        }
        for (int i = 0; i < allocations.size(); i++) {
            String id = allocations.get(i).segmentId();
            if (id != null && store.segments.get(id) == null) {
                throw new EngineException(Rule.MISSING_SEGMENT, Map.of("segment", id, "at", "allocations[" + i + "]"));
            }
        }
    }
}
