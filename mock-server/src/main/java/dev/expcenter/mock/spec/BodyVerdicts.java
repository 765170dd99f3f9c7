package dev.expcenter.mock.spec;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What checking a response body against its schema found, remembered by the exact bytes: a mock
 * answers the same body again and again (a polled experiment, a same-status transition), and the
 * check is a pure function of status, media type and bytes. Bounded in entries and in body size; when
 * full it starts afresh. One per operation and spec version, so a reload forgets everything.
 */
final class BodyVerdicts {
    /** Entries kept per operation. */
    static final int DEFAULT_ENTRIES = 64;
    /** Bodies larger than this are checked every time, never kept. */
    static final int DEFAULT_MAX_BYTES = 4096;

    private final int maxEntries;
    private final int maxBytes;
    private final ConcurrentHashMap<Key, List<String>> verdicts = new ConcurrentHashMap<>();

    BodyVerdicts(int maxEntries, int maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    private record Key(int status, String mediaType, byte[] body, int hash) {
        static Key of(int status, String mediaType, byte[] body) {
            return new Key(status, mediaType, body, 31 * (31 * status + mediaType.hashCode()) + Arrays.hashCode(body));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && hash == that.hash && status == that.status
                    && mediaType.equals(that.mediaType) && Arrays.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The problems of this body: remembered, or found by {@code check} (and remembered if small enough). */
    List<String> computeIfAbsent(int status, String mediaType, byte[] body, Supplier<List<String>> check) {
        if (body.length > maxBytes) {
            return check.get();
        }
        Key key = Key.of(status, mediaType, body);
        List<String> known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = check.get();
        if (verdicts.size() >= maxEntries) {
            verdicts.clear();
        }
        verdicts.put(new Key(status, mediaType, body.clone(), key.hash()), found);
        return found;
    }

    /** How many verdicts are kept now. */
    int size() {
        return verdicts.size();
    }
}
