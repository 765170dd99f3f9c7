package dev.expcenter.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How many non-archived experiments reference each flag, variation and segment, so an in-use check
 * on delete costs O(1) instead of a scan of every experiment. An archived experiment uses nothing
 * (Auth0: "in use by one or more non-archived experiments"), so archiving one releases its
 * references; archived is terminal, so nothing takes them back. Guarded by the store's lock.
 */
final class References {
    private final Map<String, Integer> flags = new HashMap<>();
    private final Map<String, Integer> variations = new HashMap<>();
    private final Map<String, Integer> segments = new HashMap<>();

    void add(Experiment e) {
        if (counts(e)) {
            adjust(e, 1);
        }
    }

    void remove(Experiment e) {
        if (counts(e)) {
            adjust(e, -1);
        }
    }

    /** After any write to an experiment: its allocations or its archived-ness may have changed. */
    void replace(Experiment before, Experiment after) {
        if (counts(before) != counts(after) || !before.allocations().equals(after.allocations())) {
            remove(before);
            add(after);
        }
    }

    private static boolean counts(Experiment e) {
        return e.status() != ExperimentStatus.ARCHIVED;
    }

    int flag(String id) {
        return flags.getOrDefault(id, 0);
    }

    int variation(String id) {
        return variations.getOrDefault(id, 0);
    }

    int segment(String id) {
        return segments.getOrDefault(id, 0);
    }

    private void adjust(Experiment e, int delta) {
        bump(flags, e.featureFlagId(), delta);
        // Each experiment counts once per id, however many of its allocations name it.
        each(e, Allocation::variationId, variations, delta);
        each(e, Allocation::segmentId, segments, delta);
    }

    private static void each(Experiment e, Function<Allocation, String> id, Map<String, Integer> counts, int delta) {
        List<Allocation> allocations = e.allocations();
        for (int i = 0; i < allocations.size(); i++) {
            String x = id.apply(allocations.get(i));
            if (!namedBefore(allocations, i, x, id)) {
                bump(counts, x, delta);
            }
        }
    }

    /** Whether an allocation before the {@code i}th names {@code x} (a loop: a few allocations, a load of many experiments). */
    private static boolean namedBefore(List<Allocation> allocations, int i, String x, Function<Allocation, String> id) {
        for (int j = 0; j < i; j++) {
            if (Objects.equals(id.apply(allocations.get(j)), x)) {
                return true;
            }
        }
        return false;
    }

    private static void bump(Map<String, Integer> counts, String id, int delta) {
        if (id != null) {
            counts.merge(id, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
