package dev.expcenter.mock.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The last {@code capacity} API requests, oldest dropped first. Thread-safe. */
public final class RequestJournal {
    private final int capacity;
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

    /** A journal keeping at most {@code capacity} entries. */
    public RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    /** Adds an entry, dropping the oldest beyond capacity. */
    public synchronized void record(JournalEntry entry) {
        entries.addLast(entry);
        if (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    /** Up to {@code limit} entries, newest first. */
    public synchronized List<JournalEntry> recent(int limit) {
        List<JournalEntry> out = new ArrayList<>(Math.min(limit, entries.size()));
        Iterator<JournalEntry> newestFirst = entries.descendingIterator();
        while (newestFirst.hasNext() && out.size() < limit) {
            out.add(newestFirst.next());
        }
        return out;
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
    }

    /** How many entries it can keep. */
    public int capacity() {
        return capacity;
    }
}
