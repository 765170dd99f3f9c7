package dev.expcenter.engine;

import java.util.List;

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
                throw new EngineException(ErrorCode.VARIATION_NOT_FROM_FLAG,
                        "Variation does not belong to the referenced feature flag. Variation '" + id + "' (allocations["
                                + i + "]) is not a variation of feature flag '" + flagId + "'.");
            }
        }
        for (int i = 0; i < allocations.size(); i++) {
            String id = allocations.get(i).segmentId();
            if (id != null && store.segments.get(id) == null) {
                throw new EngineException(ErrorCode.SEGMENT_NOT_FOUND,
                        "Segment not found. Segment '" + id + "' (allocations[" + i + "]) does not exist.");
            }
        }
    }
}
