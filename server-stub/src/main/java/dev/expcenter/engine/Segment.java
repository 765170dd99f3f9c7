package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A segment: it matches a request when any of its rules matches. */
public record Segment(String id, String name, String description, OwnerType type, List<SegmentRule> rules,
                      Instant createdAt, Instant updatedAt) {

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    Segment withEdits(String newName, String newDescription, List<SegmentRule> newRules) {
        return new Segment(id, newName, newDescription, type, newRules, createdAt, updatedAt);
    }

    Segment withUpdatedAt(Instant at) {
        return new Segment(id, name, description, type, rules, createdAt, at);
    }
}
