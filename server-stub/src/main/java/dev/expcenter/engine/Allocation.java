package dev.expcenter.engine;

/**
 * One arm of an experiment: a variation, and either a weight (percentage strategy) or a segment,
 * priority and fallback marker (segment strategy). {@code weight} is a percentage from 0 to 100 and
 * may be fractional; {@code priority} is an integer from 1 (no upper bound).
 */
public record Allocation(String variationId, String segmentId, Double weight, Integer priority,
                         boolean control, Boolean fallback) {

    /** A percentage allocation. */
    public static Allocation weighted(String variationId, double weight, boolean control) {
        return new Allocation(variationId, null, weight, null, control, null);
    }

    /** A segment allocation. */
    public static Allocation segmented(String variationId, String segmentId, Integer priority,
                                       boolean control, boolean fallback) {
        return new Allocation(variationId, segmentId, null, priority, control, fallback);
    }

    /** Whether this is the fallback ({@code is_fallback: true}) allocation. */
    public boolean isFallback() {
        return Boolean.TRUE.equals(fallback);
    }

    Allocation withIds(String variationId, String segmentId) {
        return new Allocation(variationId, segmentId, weight, priority, control, fallback);
    }
}
