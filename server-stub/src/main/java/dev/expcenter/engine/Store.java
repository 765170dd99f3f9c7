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
 *
 * <p>The indexes (names, references, the active experiment, each flag's variations) are derived from
 * the tables, which keep them in step on every put and removal. A write is all or nothing: what it
 * changed is handed to the {@link ChangeListener} before the lock is released, and if the write or
 * the listener throws, every edit is undone.
 */
final class Store {
    private static final int MAX_ID_ATTEMPTS = 10_000;

    /** Flag id to the ids of its variations, in creation order; each list is immutable and replaced whole. */
    final ConcurrentHashMap<String, List<String>> variationsByFlag = new ConcurrentHashMap<>();
    final References references = new References();
    final NameIndex<String> experimentNames = new NameIndex<>(Rule.EXPERIMENT_NAME_TAKEN);
    final NameIndex<String> flagNames = new NameIndex<>(Rule.FLAG_NAME_TAKEN);
    final NameIndex<String> segmentNames = new NameIndex<>(Rule.SEGMENT_NAME_TAKEN);
    final NameIndex<NameIndex.OnFlag> variationNames = new NameIndex<>(Rule.VARIATION_NAME_TAKEN);
    volatile String activeExperimentId;

    private final Edits edits = new Edits();
    final Table<Experiment> experiments = new Table<>(IdKind.EXPERIMENT, edits, IndexHooks.experiments(this));
    final Table<FeatureFlag> flags = new Table<>(IdKind.FEATURE_FLAG, edits,
            IndexHooks.names(flagNames, FeatureFlag::name));
    final Table<Variation> variations = new Table<>(IdKind.VARIATION, edits, IndexHooks.variations(this));
    final Table<Segment> segments = new Table<>(IdKind.SEGMENT, edits, IndexHooks.names(segmentNames, Segment::name));

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final IdGenerator ids;
    private ChangeListener listener;
    private boolean retired;

    Store(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Runs {@code change} under the lock, all or nothing (see the class comment).
     *
     * @throws Retired when the store was replaced: nothing ran, the caller retries on the new store
     */
    <T> T write(Supplier<T> change) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return change.get(); // nested in a write, which commits or undoes it
            }
            if (retired) {
                throw new Retired();
            }
            T result;
            try {
                result = change.get();
                if (!edits.isEmpty() && listener != null) {
                    listener.committed(edits.changes());
                }
            } catch (RuntimeException | Error e) {
                edits.undoAll();
                throw e;
            }
            edits.clear();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fills this new store, which no one sees yet, under the lock like a write, but with nothing to
     * report or undo (a store whose {@code fill} throws is dropped), so a large state costs no undo
     * entry per entity.
     */
    void fill(Runnable fill) {
        lock.lock();
        try {
            edits.unrecorded(fill);
        } finally {
            lock.unlock();
        }
    }

    /** Hands every later write to {@code value} (null for none). */
    void listen(ChangeListener value) {
        write(() -> {
            listener = value;
            return null;
        });
    }

    /**
     * Under this store's lock: runs {@code handOver} (which tells the listener and publishes the
     * next store), then refuses every later write with {@link Retired}; nothing is retired if
     * {@code handOver} throws.
     */
    void retire(Store next, Runnable handOver) {
        write(() -> {
            next.listener = listener;
            handOver.run();
            retired = true;
            return null;
        });
    }

    ChangeListener listener() {
        return listener;
    }

    /** This store was replaced by another; the write did not run. */
    static final class Retired extends RuntimeException {
        Retired() {
            super(null, null, false, false);
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
}
