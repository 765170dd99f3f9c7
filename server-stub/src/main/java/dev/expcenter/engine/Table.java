package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * The entities of one kind, in creation order. Reads are lock-free; writes happen under the
 * store's lock. Each write keeps the store's indexes in step through {@link Hooks} and records
 * itself in the write's {@link Edits}, with its inverse. A deleted id keeps its position (a
 * tombstone), so a list cursor naming it
 * continues from where it stood, and the id is never issued again.
 *
 * <p>One slot per id holds the current value; both the id index and the creation order point at
 * the same slot, so walking a page reads values straight from the order, without a hash lookup per
 * item (at a million entities each such lookup is a cache miss).
 */
final class Table<T> {
    private static final class Slot<T> {
        final long seq;
        final String id;
        /** The current value; null once deleted. Written under the store's lock, read without it. */
        volatile T value;

        Slot(long seq, String id, T value) {
            this.seq = seq;
            this.id = id;
            this.value = value;
        }
    }

    /** What the store derives from the values (name indexes, references...), told of every put and removal. */
    interface Hooks<T> {
        void added(T value);

        void replaced(T before, T after);

        void removed(T value);
    }

    private final ConcurrentHashMap<String, Slot<T>> slots = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Slot<T>> order = new ConcurrentSkipListMap<>();
    private final IdKind kind;
    private final Edits edits;
    private final Hooks<T> hooks;
    private long lastSeq;

    Table(IdKind kind, Edits edits, Hooks<T> hooks) {
        this.kind = kind;
        this.edits = edits;
        this.hooks = hooks;
    }

    T get(String id) {
        Slot<T> slot = id == null ? null : slots.get(id);
        return slot == null ? null : slot.value;
    }

    boolean issued(String id) {
        return slots.containsKey(id);
    }

    void insert(String id, T value) {
        if (slots.containsKey(id)) {
            throw new IllegalStateException("Id issued twice: " + id);
        }
        Slot<T> slot = new Slot<>(++lastSeq, id, value);
        slots.put(id, slot);
        order.put(slot.seq, slot);
        hooks.added(value);
        edits.record(new Change(kind, id, value), () -> {
            order.remove(slot.seq);
            slots.remove(id);
            hooks.removed(value);
        });
    }

    void replace(String id, T value) {
        Slot<T> slot = slots.get(id);
        if (slot == null || slot.value == null) {
            return;
        }
        T before = slot.value;
        slot.value = value;
        hooks.replaced(before, value);
        edits.record(new Change(kind, id, value), () -> {
            slot.value = before;
            hooks.replaced(value, before);
        });
    }

    boolean remove(String id) {
        Slot<T> slot = slots.get(id);
        if (slot == null || slot.value == null) {
            return false;
        }
        T before = slot.value;
        order.remove(slot.seq);
        slot.value = null;
        hooks.removed(before);
        edits.record(new Change(kind, id, null), () -> {
            slot.value = before;
            order.put(slot.seq, slot);
            hooks.added(before);
        });
        return true;
    }

    /** The creation position of an issued id (lower is older); -1 if the id was never issued. */
    long seq(String id) {
        Slot<T> slot = slots.get(id);
        return slot == null ? -1 : slot.seq;
    }

    int size() {
        return order.size();
    }

    List<T> values() {
        return collect(order.values(), Integer.MAX_VALUE, x -> true).items();
    }

    /** One page: an unfiltered page costs O(log n + take); a filtered one scans until it has take + 1 matches. */
    Page<T> page(String from, int take, Predicate<? super T> filter) {
        Collection<Slot<T>> ids = order.values();
        if (from != null) {
            Slot<T> start = slots.get(from);
            if (start == null) {
                throw EngineException.invalidQuery("from", Constraint.KNOWN_ID, from, null);
            }
            ids = order.tailMap(start.seq, true).values();
        }
        return collect(ids, take, filter);
    }

    private Page<T> collect(Collection<Slot<T>> ordered, int take, Predicate<? super T> filter) {
        List<T> items = new ArrayList<>(Math.min(take, 64));
        for (Slot<T> slot : ordered) {
            T value = slot.value;
            if (value == null || !filter.test(value)) {
                continue;
            }
            if (items.size() == take) {
                return new Page<>(items, slot.id);
            }
            items.add(value);
        }
        return new Page<>(items, null);
    }
}
