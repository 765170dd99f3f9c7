package dev.expcenter.mock.spec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * What checking a response body against its schema found, remembered by the exact bytes: a mock
 * answers the same body again and again (a polled experiment, a same-status transition), and the
 * check is a pure function of the compiled schema and the bytes. A Caffeine cache, bounded by weight:
 * an entry weighs its body's bytes, but at least {@code maxTotalBytes / maxEntries}, so that at most
 * {@code maxEntries} bodies and {@code maxTotalBytes} bytes are kept (a body over a sixteenth of that is
 * checked every time). One per spec version, so a reload forgets everything.
 */
final class BodyVerdicts {
    /** Bodies kept per spec version. */
    static final int DEFAULT_ENTRIES = 4096;
    /** Bytes of bodies kept per spec version (a page of 50 experiments is about 30 KiB). */
    static final long DEFAULT_MAX_TOTAL_BYTES = 16L * 1024 * 1024;

    private final long maxTotalBytes;
    private final Cache<Key, List<String>> verdicts;

    BodyVerdicts(int maxEntries, long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
        long minWeight = Math.max(1, (maxTotalBytes + maxEntries - 1) / maxEntries);
        this.verdicts = Caffeine.newBuilder()
                .maximumWeight(maxTotalBytes)
                .weigher((Key key, List<String> problems) -> (int) Math.max(key.body().length, minWeight))
                .executor(Runnable::run)
                .build();
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
        List<String> known = verdicts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        List<String> found = check.get();
        // The caller may reuse its buffer: the kept key holds a copy.
        verdicts.put(new Key(schema, body.clone(), key.hash()), found);
        return found;
    }

    /** How many bytes of bodies are kept now. */
    long totalBytes() {
        verdicts.cleanUp();
        return verdicts.asMap().keySet().stream().mapToLong(key -> key.body().length).sum();
    }

    /** How many verdicts are kept now. */
    int size() {
        verdicts.cleanUp();
        return (int) verdicts.estimatedSize();
    }
}
