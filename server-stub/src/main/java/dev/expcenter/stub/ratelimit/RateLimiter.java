package dev.expcenter.stub.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.InstantSource;

/**
 * One Bucket4j token bucket per client key: {@code capacity} tokens at most, refilled continuously
 * ("greedily") at {@code refillPerSecond}. The buckets live in a Caffeine cache, bounded at
 * {@code maxBuckets}; a bucket unused for as long as it takes to fill up is the same as a new one, so
 * it expires then, and dropping one under pressure only resets that client. Time comes from an
 * {@link InstantSource}, so that tests move it instead of waiting.
 */
public final class RateLimiter {
    /** Buckets kept before eviction starts. */
    public static final int DEFAULT_MAX_BUCKETS = 10_000;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** The fastest refill Bucket4j supports: one token per nanosecond. */
    public static final double MAX_REFILL_PER_SECOND = NANOS_PER_SECOND;

    private final long capacity;
    private final Duration refillPeriod;
    private final InstantSource clock;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;

    /** A limiter on the system clock allowing bursts of {@code capacity} requests and {@code refillPerSecond} on average. */
    public RateLimiter(long capacity, double refillPerSecond, int maxBuckets) {
        this(capacity, refillPerSecond, maxBuckets, InstantSource.system());
    }

    /** A limiter on {@code clock} (tests pass one they move by hand). */
    public RateLimiter(long capacity, double refillPerSecond, int maxBuckets, InstantSource clock) {
        if (capacity < 1 || !(refillPerSecond > 0) || maxBuckets < 1) {
            throw new IllegalArgumentException("capacity, refill rate and max buckets must be positive");
        }
        if (refillPerSecond > MAX_REFILL_PER_SECOND) {
            throw new IllegalArgumentException("refill rate must be at most 1000000000 per second");
        }
        this.capacity = capacity;
        // capacity tokens per refillPeriod is refillPerSecond tokens per second.
        this.refillPeriod = Duration.ofNanos(Math.max(1, Math.round(capacity / refillPerSecond * NANOS_PER_SECOND)));
        this.clock = clock;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos(clock);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(refillPeriod)
                .ticker(meter::currentTimeNanos)
                .executor(Runnable::run)
                .build();
    }

    /** Takes one token from the client's bucket. */
    public Decision acquire(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        long retryAfter = probe.isConsumed() ? 1 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return decision(probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForReset(), retryAfter);
    }

    /** The client's state without taking a token. */
    public Decision peek(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            bucket = newBucket();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        long available = bucket.getAvailableTokens();
        long toFull = (long) Math.ceil((double) (capacity - available) / capacity * refillPeriod.toNanos());
        return decision(probe.canBeConsumed(), probe.getRemainingTokens(), toFull,
                Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** How many buckets are held (for tests and diagnostics). */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
                .withCustomTimePrecision(meter)
                .build();
    }

    private Decision decision(boolean allowed, long remaining, long nanosToFull, long retryAfterSeconds) {
        long nowSeconds = Math.floorDiv(clock.millis(), 1000);
        return new Decision(allowed, capacity, remaining, nowSeconds + seconds(nanosToFull), retryAfterSeconds);
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }

    private static long nanos(InstantSource clock) {
        var now = clock.instant();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }
}
