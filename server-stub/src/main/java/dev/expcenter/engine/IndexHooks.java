package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How a {@link Store}'s tables keep its indexes in step with every put and removal. */
final class IndexHooks {
    private IndexHooks() {
    }

    /** Links in creation order, so a variation whose removal is undone returns to its place. */
    private static void link(Store store, String flagId, String variationId) {
        long seq = store.variations.seq(variationId);
        store.variationsByFlag.compute(flagId, (k, ids) -> {
            List<String> next = new ArrayList<>(ids == null ? List.of() : ids);
            int at = next.size();
            while (at > 0 && store.variations.seq(next.get(at - 1)) > seq) {
                at--;
            }
            next.add(at, variationId);
            return List.copyOf(next);
        });
    }

    private static void unlink(Store store, String flagId, String variationId) {
        store.variationsByFlag.computeIfPresent(flagId, (k, ids) -> {
            List<String> next = new ArrayList<>(ids);
            next.remove(variationId);
            return next.isEmpty() ? null : List.copyOf(next);
        });
    }

    static <T> Table.Hooks<T> names(NameIndex<String> index, Function<T, String> name) {
        return new Table.Hooks<>() {
            @Override
            public void added(T value) {
                index.add(name.apply(value));
            }

            @Override
            public void replaced(T before, T after) {
                index.rename(name.apply(before), name.apply(after));
            }

            @Override
            public void removed(T value) {
                index.remove(name.apply(value));
            }
        };
    }

    /** Names, references and the one active experiment. */
    static Table.Hooks<Experiment> experiments(Store store) {
        return new Table.Hooks<>() {
            @Override
            public void added(Experiment e) {
                store.experimentNames.add(e.name());
                store.references.add(e);
                if (e.status() == ExperimentStatus.ACTIVE) {
                    store.activeExperimentId = e.id();
                }
            }

            @Override
            public void replaced(Experiment before, Experiment after) {
                store.experimentNames.rename(before.name(), after.name());
                store.references.replace(before, after);
                if (after.status() == ExperimentStatus.ACTIVE) {
                    store.activeExperimentId = after.id();
                } else if (after.id().equals(store.activeExperimentId)) {
                    store.activeExperimentId = null;
                }
            }

            @Override
            public void removed(Experiment e) {
                store.experimentNames.remove(e.name());
                store.references.remove(e);
                if (e.id().equals(store.activeExperimentId)) {
                    store.activeExperimentId = null;
                }
            }
        };
    }

    /** Names (unique per flag) and each flag's list of variations. */
    static Table.Hooks<Variation> variations(Store store) {
        return new Table.Hooks<>() {
            @Override
            public void added(Variation v) {
                link(store, v.featureFlagId(), v.id());
                store.variationNames.add(new NameIndex.OnFlag(v.featureFlagId(), v.name()));
            }

            @Override
            public void replaced(Variation before, Variation after) {
                store.variationNames.rename(new NameIndex.OnFlag(before.featureFlagId(), before.name()),
                        new NameIndex.OnFlag(after.featureFlagId(), after.name()));
            }

            @Override
            public void removed(Variation v) {
                unlink(store, v.featureFlagId(), v.id());
                store.variationNames.remove(new NameIndex.OnFlag(v.featureFlagId(), v.name()));
            }
        };
    }
}
