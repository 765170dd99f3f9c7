package dev.expcenter.engine;

/** List segments: exact-match filter (null = any), {@code from} an id, {@code take} 1..50 (null = 25). */
public record SegmentQuery(OwnerType type, String from, Integer take) {

    /** The first page, unfiltered, default size. */
    public static SegmentQuery firstPage() {
        return new SegmentQuery(null, null, null);
    }

    boolean matches(Segment s) {
        return type == null || type == s.type();
    }

    boolean filtered() {
        return type != null;
    }
}
