package dev.expcenter.engine;

import java.util.List;

/**
 * Lifecycle of an experiment.
 *
 * <pre>
 *   draft -----> active <-----> paused
 *     |            |             |  |
 *     |            v             |  |
 *     |        completed <-------+  |
 *     |            |                |
 *     v            v                |
 *   archived <----------------------+
 * </pre>
 *
 * draft: active, archived. active: paused, completed. paused: active, completed, archived.
 * completed: archived. archived: terminal. A move to the current status is not a move: the engine
 * answers it with the experiment unchanged.
 */
public enum ExperimentStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED, ARCHIVED;

    /** The statuses this one may move to, in declaration order. */
    public List<ExperimentStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> List.of(ACTIVE, ARCHIVED);
            case ACTIVE -> List.of(PAUSED, COMPLETED);
            case PAUSED -> List.of(ACTIVE, COMPLETED, ARCHIVED);
            case COMPLETED -> List.of(ARCHIVED);
            case ARCHIVED -> List.of();
        };
    }

    /** Whether a move to {@code target} is allowed (false for the current status itself). */
    public boolean canMoveTo(ExperimentStatus target) {
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
    public static ExperimentStatus fromWire(String wire) {
        return Wire.parse(ExperimentStatus.class, wire);
    }
}
