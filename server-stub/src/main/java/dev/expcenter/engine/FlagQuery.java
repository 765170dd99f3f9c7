package dev.expcenter.engine;

/** List feature flags: exact-match filters (null = any), {@code from} an id, {@code take} 1..50 (null = 25). */
public record FlagQuery(OwnerType type, FlagStatus status, String from, Integer take) {

    /** The first page, unfiltered, default size. */
    public static FlagQuery firstPage() {
        return new FlagQuery(null, null, null, null);
    }

    boolean matches(FeatureFlag f) {
        return (type == null || type == f.type()) && (status == null || status == f.status());
    }

    boolean filtered() {
        return type != null || status != null;
    }
}
