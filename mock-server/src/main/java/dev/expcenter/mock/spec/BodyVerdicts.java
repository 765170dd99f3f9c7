package dev.expcenter.mock.spec;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What checking a response body against its schema found, remembered by the exact bytes: a mock
 * answers the same body again and again (a polled experiment, a same-status transition), and the
 * check is a pure function of the compiled schema and the bytes. Bounded in entries and in body size
 * (at most {@code entries x maxBytes} kept); when full it starts afresh. One per spec version, so a
 * reload forgets everything.
 */
final class BodyVerdicts {
    /** Entries kept per spec version. */
    static final int DEFAULT_ENTRIES = 4096;
    /** Bodies larger than this are checked every time, never kept. */
    static final int DEFAULT_MAX_BYTES = 4096;

    private final int maxEntries;
    private final int maxBytes;
    private final ConcurrentHashMap<Key, List<String>> verdicts = new ConcurrentHashMap<>();

    BodyVerdicts(int maxEntries, int maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The schema by identity: each compiled schema is one object per spec version. */
    private record Key(Object schema, byte[] body, int hash) {
        static Key of(Object schema, byte[] body) {
            return new Key(schema, body, 31 * System.identityHashCode(schema) + Arrays.hashCode(body));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && hash == that.hash && schema == that.schema
                    && Arrays.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The problems of this body under {@code schema}: remembered, or found by {@code check} (and remembered if small enough). */
    List<String> computeIfAbsent(Object schema, byte[] body, Supplier<List<String>> check) {
        if (body.length > maxBytes) {
            return check.get();
        }
        Key key = Key.of(schema, body);
        List<String> known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = check.get();
        if (verdicts.size() >= maxEntries) {
            verdicts.clear();
        }
        verdicts.put(new Key(schema, body.clone(), key.hash()), found);
        return found;
    }

    /** How many verdicts are kept now. */
    int size() {
        return verdicts.size();
    }
}
