package dev.expcenter.mock.spec;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * What checking a response body against its schema found, remembered by the exact bytes: a mock
 * answers the same body again and again (a polled experiment, a same-status transition), and the
 * check is a pure function of the compiled schema and the bytes. Bounded: at most {@code maxEntries}
 * bodies and {@code maxTotalBytes} bytes kept (a larger body is checked every time); when full it
 * starts afresh. One per spec version, so a reload forgets everything.
 */
final class BodyVerdicts {
    /** Bodies kept per spec version. */
    static final int DEFAULT_ENTRIES = 4096;
    /** Bytes of bodies kept per spec version (a page of 50 experiments is about 30 KiB). */
    static final long DEFAULT_MAX_TOTAL_BYTES = 16L * 1024 * 1024;

    private final int maxEntries;
    private final long maxTotalBytes;
    private final ConcurrentHashMap<Key, List<String>> verdicts = new ConcurrentHashMap<>();
    private final AtomicLong totalBytes = new AtomicLong();

    BodyVerdicts(int maxEntries, long maxTotalBytes) {
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The schema by identity: each compiled schema is one object per spec version. */
    private record Key(Object schema, byte[] body, int hash) {
        static Key of(Object schema, byte[] body) {
            // CRC32C, not Arrays.hashCode: the JVM computes it with the CPU's CRC instruction, where
            // Arrays.hashCode goes byte by byte (on JDK 17), 7.5 % of the mock's CPU on a list page of
            // 15 KB. Only the spread matters: equal keys still compare every byte.
            CRC32C crc = new CRC32C();
            crc.update(body, 0, body.length);
            return new Key(schema, body, 31 * System.identityHashCode(schema) + (int) crc.getValue());
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
        if (body.length > maxTotalBytes / 16) {
            return check.get();
        }
        Key key = Key.of(schema, body);
        List<String> known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = check.get();
        if (verdicts.size() >= maxEntries || totalBytes.get() + body.length > maxTotalBytes) {
            synchronized (this) {
                verdicts.clear();
                totalBytes.set(0);
            }
        }
        if (verdicts.putIfAbsent(new Key(schema, body.clone(), key.hash()), found) == null) {
            totalBytes.addAndGet(body.length);
        }
        return found;
    }

    /** How many bytes of bodies are kept now (approximately, under concurrent use). */
    long totalBytes() {
        return totalBytes.get();
    }

    /** How many verdicts are kept now. */
    int size() {
        return verdicts.size();
    }
}
