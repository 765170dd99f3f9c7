package dev.expcenter.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The names in use among the entities of one kind (variations: keyed by flag and name), so the
 * uniqueness check of a create or rename costs O(1). Names match exactly (case and whitespace
 * count). It counts holders rather than keeping a set, because a loaded state may hold two
 * entities of one name; the API cannot make another. Guarded by the store's lock.
 */
final class NameIndex<K> {
    /** A variation's name, unique within its flag. */
    record OnFlag(String flagId, String name) {
    }

    private final Map<K, Integer> holders = new HashMap<>();
    private final Rule taken;

    NameIndex(Rule taken) {
        this.taken = taken;
    }

    /** 409 if another entity holds {@code name}; {@code current} is the writer's own name (null on create). */
    void requireFree(K name, K current) {
        if (!name.equals(current) && holders.containsKey(name)) {
            throw new EngineException(taken);
        }
    }

    void add(K name) {
        holders.merge(name, 1, Integer::sum);
    }

    void remove(K name) {
        holders.computeIfPresent(name, (k, n) -> n == 1 ? null : n - 1);
    }

    void rename(K before, K after) {
        if (!before.equals(after)) {
            remove(before);
            add(after);
        }
    }
}
