package dev.expcenter.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the write in progress has changed: the changes to report once it commits, and how to undo
 * each, newest first, should it fail (a broken rule found late, a listener refusing it). Used under
 * the store's lock only.
 */
final class Edits {
    private final List<Change> changes = new ArrayList<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private boolean off;

    void record(Change change, Runnable inverse) {
        if (off) {
            return;
        }
        changes.add(change);
        undo.push(inverse);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Runs {@code fill} recording nothing: for filling a store no one sees yet, dropped if it fails. */
    void unrecorded(Runnable fill) {
        off = true;
        try {
            fill.run();
        } finally {
            off = false;
        }
    }

    /** Undoes every edit, newest first, and forgets them. */
    void undoAll() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        changes.clear();
    }

    /** Forgets the edits of a committed write. */
    void clear() {
        changes.clear();
        undo.clear();
    }
}
