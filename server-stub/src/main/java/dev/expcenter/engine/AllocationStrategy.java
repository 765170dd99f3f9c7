package dev.expcenter.engine;

/** How an experiment splits traffic between its allocations. */
public enum AllocationStrategy {
    /** By weight; weights sum to 100. */
    PERCENTAGE,
    /** By segment, in priority order, with one fallback allocation. */
    SEGMENT;

    /** The wire value, e.g. {@code "percentage"}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The strategy for a wire value; {@link IllegalArgumentException} if there is none. */
    public static AllocationStrategy fromWire(String wire) {
        return Wire.parse(AllocationStrategy.class, wire);
    }
}
