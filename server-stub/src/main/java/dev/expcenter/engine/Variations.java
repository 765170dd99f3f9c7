package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Variation operations; every one first needs the parent flag to exist. */
final class Variations {
    private final Store store;
    private final Flags flags;

    Variations(Store store, Flags flags) {
        this.store = store;
        this.flags = flags;
    }

    List<Variation> list(String flagId) {
        flags.get(flagId);
        return store.variationsOf(flagId);
    }

    Variation get(String flagId, String id) {
        flags.get(flagId);
        Variation v = store.variations.get(id);
        if (v == null || !v.featureFlagId().equals(flagId)) {
            throw new EngineException(Rule.VARIATION_NOT_FOUND);
        }
        return v;
    }

    Variation create(String flagId, NewVariation cmd) {
        String name = Inputs.required(cmd.name(), "name");
        return store.write(() -> {
            FeatureFlag flag = flags.get(flagId);
            Map<String, Object> overrides = Parameters.overrides(flag, cmd.overrides());
            if (store.variationCount(flagId) >= Limits.MAX_VARIATIONS_PER_FLAG) {
                throw new EngineException(Rule.VARIATION_LIMIT, Map.of("max", Limits.MAX_VARIATIONS_PER_FLAG));
            }
            NameIndex.OnFlag key = new NameIndex.OnFlag(flag.id(), name);
            store.variationNames.requireFree(key, null);
            Instant now = store.now();
            Variation v = new Variation(store.newId(IdKind.VARIATION), flag.id(), name, cmd.description(), overrides,
                    now, now);
            store.variations.insert(v.id(), v);
            return v;
        });
    }

    Variation update(String flagId, String id, VariationPatch patch) {
        Inputs.someProperty(patch.empty());
        return store.write(() -> {
            Variation current = get(flagId, id);
            Map<String, Object> overrides = patch.overrides() == null ? current.overrides()
                    : Parameters.overrides(flags.get(flagId), patch.overrides());
            NameIndex.OnFlag before = new NameIndex.OnFlag(flagId, current.name());
            if (patch.name() != null) {
                store.variationNames.requireFree(new NameIndex.OnFlag(flagId, patch.name()), before);
            }
            Variation edited = current.withEdits(Inputs.orElse(patch.name(), current.name()),
                    Inputs.description(patch.description(), current.description()), overrides);
            if (edited.equals(current)) {
                return current;
            }
            Variation saved = edited.withUpdatedAt(store.nowAfter(current.updatedAt()));
            store.variations.replace(id, saved);
            return saved;
        });
    }

    /** False if the flag has no such variation; 404 if there is no such flag. */
    boolean delete(String flagId, String id) {
        return store.write(() -> {
            flags.get(flagId);
            Variation current = store.variations.get(id);
            if (current == null || !current.featureFlagId().equals(flagId)) {
                return false;
            }
            if (store.variationCount(flagId) == 1) {
                throw new EngineException(Rule.LAST_VARIATION);
            }
            if (store.references.variation(id) > 0) {
                throw new EngineException(Rule.VARIATION_IN_USE);
            }
            store.variations.remove(id);
            return true;
        });
    }
}
