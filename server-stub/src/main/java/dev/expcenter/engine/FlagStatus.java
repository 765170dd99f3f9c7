package dev.expcenter.engine;

import java.util.List;

/**
 * Lifecycle of a feature flag.
 *
 * <pre>
 *   draft ---> active ---> archived
 *     |                       ^
 *     +-----------------------+
 * </pre>
 *
 * draft to active needs at least two variations (checked by the engine, not here). archived is
 * terminal.
 */
public enum FlagStatus {
    DRAFT, ACTIVE, ARCHIVED;

    /** The statuses this one may move to, in declaration order. */
    public List<FlagStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> List.of(ACTIVE, ARCHIVED);
            case ACTIVE -> List.of(ARCHIVED);
            case ARCHIVED -> List.of();
        };
    }

    /** Whether a move to {@code target} is allowed (false for the current status itself). */
    public boolean canMoveTo(FlagStatus target) {
        return allowedNext().contains(target);
    }

    /** Whether no move leaves this status. */
    public boolean isTerminal() {
        return allowedNext().isEmpty();
    }

    /** The wire value, e.g. {@code "draft"}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status for a wire value; {@link IllegalArgumentException} if there is none. */
    public static FlagStatus fromWire(String wire) {
        return Wire.parse(FlagStatus.class, wire);
    }
}
