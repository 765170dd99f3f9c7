package dev.expcenter.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state of one tenant. Every write runs under one lock, because rules span entities (one
 * active experiment per tenant, in-use checks); reads are lock-free over immutable records.
 */
final class Store {
    private static final int MAX_ID_ATTEMPTS = 10_000;

    final Table<Experiment> experiments = new Table<>();
    final Table<FeatureFlag> flags = new Table<>();
    final Table<Variation> variations = new Table<>();
    final Table<Segment> segments = new Table<>();
    /** Flag id to the ids of its variations, in creation order; each list is immutable and replaced whole. */
    final ConcurrentHashMap<String, List<String>> variationsByFlag = new ConcurrentHashMap<>();
    final References references = new References();
    final NameIndex<String> experimentNames =
            new NameIndex<>(Rule.EXPERIMENT_NAME_TAKEN);
    final NameIndex<String> flagNames =
            new NameIndex<>(Rule.FLAG_NAME_TAKEN);
    final NameIndex<String> segmentNames =
            new NameIndex<>(Rule.SEGMENT_NAME_TAKEN);
    final NameIndex<NameIndex.OnFlag> variationNames = new NameIndex<>(Rule.VARIATION_NAME_TAKEN);
    volatile String activeExperimentId;

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final IdGenerator ids;

    Store(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    <T> T write(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The time of a write to an entity last written at {@code previous}: now, or {@code previous + 1 ms}
     * if the clock has not moved past it (two writes in one millisecond, a clock stepped back), so
     * {@code updated_at} is strictly increasing per entity. Called under the write lock.
     */
    Instant nowAfter(Instant previous) {
        Instant now = now();
        Instant next = previous.plusMillis(1).truncatedTo(ChronoUnit.MILLIS);
        return now.isBefore(next) ? next : now;
    }

    /** A fresh id; retries a few times so a deterministic generator restarted over restored state still works. */
    String newId(IdKind kind) {
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            String id = ids.next(kind);
            if (!issued(id)) {
                return id;
            }
        }
        throw new IllegalStateException("Id generator keeps repeating issued ids");
    }

    boolean issued(String id) {
        return experiments.issued(id) || flags.issued(id) || variations.issued(id) || segments.issued(id);
    }

    List<Variation> variationsOf(String flagId) {
        List<Variation> result = new ArrayList<>();
        for (String id : variationsByFlag.getOrDefault(flagId, List.of())) {
            Variation v = variations.get(id);
            if (v != null) {
                result.add(v);
            }
        }
        return result;
    }

    int variationCount(String flagId) {
        return variationsByFlag.getOrDefault(flagId, List.of()).size();
    }

    void linkVariation(String flagId, String variationId) {
        variationsByFlag.compute(flagId, (k, ids) -> {
            List<String> next = new ArrayList<>(ids == null ? List.of() : ids);
            next.add(variationId);
            return List.copyOf(next);
        });
    }

    void unlinkVariation(String flagId, String variationId) {
        variationsByFlag.computeIfPresent(flagId, (k, ids) -> {
            List<String> next = new ArrayList<>(ids);
            next.remove(variationId);
            return next.isEmpty() ? null : List.copyOf(next);
        });
    }
}
