package dev.expcenter.stub.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client key. Memory is bounded: past {@code maxBuckets}, full buckets (the
 * same as new ones) are dropped first, then arbitrary ones, which only resets those clients.
 */
public final class RateLimiter {
    /** Buckets kept before eviction starts. */
    public static final int DEFAULT_MAX_BUCKETS = 10_000;

    private final long capacity;
    private final double refillPerSecond;
    private final int maxBuckets;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Object evictionLock = new Object();

    /** A limiter allowing bursts of {@code capacity} requests and {@code refillPerSecond} on average. */
    public RateLimiter(long capacity, double refillPerSecond, int maxBuckets) {
        if (capacity < 1 || !(refillPerSecond > 0) || maxBuckets < 1) {
            throw new IllegalArgumentException("capacity, refill rate and max buckets must be positive");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.maxBuckets = maxBuckets;
    }

    /** Takes one token from the client's bucket. */
    public Decision acquire(String key) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerSecond, now));
        Decision decision = bucket.take(now, System.currentTimeMillis());
        if (buckets.size() > maxBuckets) {
            evict(now);
        }
        return decision;
    }

    /** The client's state without taking a token. */
    public Decision peek(String key) {
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            return new TokenBucket(capacity, refillPerSecond, System.nanoTime())
                    .peek(System.nanoTime(), System.currentTimeMillis());
        }
        return bucket.peek(System.nanoTime(), System.currentTimeMillis());
    }

    /** How many buckets are held (for tests and diagnostics). */
    public int size() {
        return buckets.size();
    }

    private void evict(long now) {
        synchronized (evictionLock) {
            if (buckets.size() <= maxBuckets) {
                return;
            }
            buckets.values().removeIf(bucket -> bucket.isFull(now));
            Iterator<String> keys = buckets.keySet().iterator();
            while (buckets.size() > maxBuckets && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
    }
}
