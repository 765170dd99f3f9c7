package dev.expcenter.engine;

import java.util.List;

/** Create a segment (type {@code self}). Required: name. */
public record NewSegment(String name, String description, List<SegmentRule> rules) {
}
