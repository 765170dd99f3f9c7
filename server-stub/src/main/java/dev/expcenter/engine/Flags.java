package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Feature flag operations. */
final class Flags {

    private final Store store;

    Flags(Store store) {
        this.store = store;
    }

    Page<FeatureFlag> list(FlagQuery q) {
        return store.flags.page(q.from(), Inputs.take(q.take()), q::matches);
    }

    FeatureFlag get(String id) {
        FeatureFlag f = store.flags.get(id);
        if (f == null) {
            throw new EngineException(Rule.FLAG_NOT_FOUND);
        }
        return f;
    }

    /** 403 for a flag of Auth0's catalogue: PATCH, DELETE and status changes refuse it. */
    private static FeatureFlag modifiable(FeatureFlag f) {
        if (f.type() == OwnerType.AUTH0) {
            throw new EngineException(Rule.FLAG_READ_ONLY);
        }
        return f;
    }

    FeatureFlag create(NewFlag cmd) {
        String name = Inputs.required(cmd.name(), "name");
        Map<String, FlagParameter> parameters = Parameters.checked(cmd.parameters());
        return store.write(() -> {
            store.flagNames.requireFree(name, null);
            Instant now = store.now();
            FeatureFlag f = new FeatureFlag(store.newId(IdKind.FEATURE_FLAG), name, cmd.description(), OwnerType.SELF,
                    FlagStatus.DRAFT, parameters, now, now);
            store.flags.insert(f.id(), f);
            return f;
        });
    }

    FeatureFlag update(String id, FlagPatch patch) {
        Inputs.someProperty(patch.empty());
        Map<String, FlagParameter> parameters = Parameters.checked(patch.parameters());
        return store.write(() -> {
            FeatureFlag current = modifiable(get(id));
            if (parameters != null) {
                Parameters.keepOverridesValid(parameters, store.variationsOf(id));
            }
            if (patch.name() != null) {
                store.flagNames.requireFree(patch.name(), current.name());
            }
            FeatureFlag edited = current.withEdits(Inputs.orElse(patch.name(), current.name()),
                    Inputs.description(patch.description(), current.description()),
                    Inputs.orElse(parameters, current.parameters()));
            if (edited.equals(current)) {
                return current;
            }
            FeatureFlag saved = edited.withUpdatedAt(store.nowAfter(current.updatedAt()));
            store.flags.replace(id, saved);
            return saved;
        });
    }

    /** Deletes the flag and its variations; false if there was no such flag. */
    boolean delete(String id) {
        return store.write(() -> {
            FeatureFlag current = store.flags.get(id);
            if (current == null) {
                return false;
            }
            modifiable(current);
            if (store.references.flag(id) > 0) {
                throw new EngineException(Rule.FLAG_IN_USE);
            }
            List<Variation> own = store.variationsOf(id);
            for (Variation v : own) {
                // An imported experiment of another flag may name this flag's variation; keep that reference whole.
                if (store.references.variation(v.id()) > 0) {
                    throw new EngineException(Rule.FLAG_VARIATION_USED_ELSEWHERE, Map.of("variation", v.id()));
                }
            }
            for (Variation v : own) {
                store.variations.remove(v.id());
            }
            store.flags.remove(id);
            return true;
        });
    }

    Transition<FeatureFlag> transition(String id, FlagStatus target) {
        Inputs.required(target, "status");
        return store.write(() -> {
            FeatureFlag current = modifiable(get(id));
            FlagStatus from = current.status();
            if (from == target) {
                return new Transition.Unchanged<>(current);
            }
            if (!from.canMoveTo(target)) {
                throw EngineException.forbiddenTransition(from, target, from.allowedNext());
            }
            if (target == FlagStatus.ACTIVE) {
                int count = store.variationCount(id);
                if (count < Limits.MIN_VARIATIONS_TO_ACTIVATE) {
                    throw new EngineException(Rule.TOO_FEW_VARIATIONS,
                            Map.of("min", Limits.MIN_VARIATIONS_TO_ACTIVATE, "count", count));
                }
            }
            FeatureFlag next = current.withStatus(target, store.nowAfter(current.updatedAt()));
            store.flags.replace(id, next);
            return new Transition.Transitioned<>(current, next);
        });
    }
}
