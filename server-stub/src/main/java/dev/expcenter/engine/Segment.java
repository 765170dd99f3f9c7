package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;

/** A segment: it matches a request when any of its rules matches. */
public record Segment(String id, String name, String description, OwnerType type, List<SegmentRule> rules,
                      Instant createdAt, Instant updatedAt) {

    public Segment {
        Required.nonNull("id name type createdAt updatedAt", id, name, type, createdAt, updatedAt);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    Segment withEdits(String newName, String newDescription, List<SegmentRule> newRules) {
        return new Segment(id, newName, newDescription, type, newRules, createdAt, updatedAt);
    }

    Segment withUpdatedAt(Instant at) {
        return new Segment(id, name, description, type, rules, createdAt, at);
    }
}
