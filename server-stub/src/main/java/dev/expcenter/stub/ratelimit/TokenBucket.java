package dev.expcenter.stub.ratelimit;

/** A token bucket: {@code capacity} tokens at most, refilled continuously at {@code refillPerSecond}. */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1e9;

    private final long capacity;
    private final double refillPerSecond;
    private double tokens;
    private long lastNanos;

    TokenBucket(long capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    synchronized Decision take(long nowNanos, long nowEpochMillis) {
        refill(nowNanos);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        return decision(allowed, nowEpochMillis);
    }

    synchronized Decision peek(long nowNanos, long nowEpochMillis) {
        refill(nowNanos);
        return decision(tokens >= 1, nowEpochMillis);
    }

    /** A full bucket is the same as a new one, so dropping it loses nothing. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        double elapsedSeconds = Math.max(0, nowNanos - lastNanos) / NANOS_PER_SECOND;
        tokens = Math.min(capacity, tokens + elapsedSeconds * refillPerSecond);
        lastNanos = nowNanos;
    }

    private Decision decision(boolean allowed, long nowEpochMillis) {
        long nowSeconds = Math.floorDiv(nowEpochMillis, 1000);
        long toFull = (long) Math.ceil((capacity - tokens) / refillPerSecond);
        long retryAfter = Math.max(1, (long) Math.ceil((1 - tokens) / refillPerSecond));
        return new Decision(allowed, capacity, (long) Math.floor(tokens), nowSeconds + toFull, retryAfter);
    }
}
