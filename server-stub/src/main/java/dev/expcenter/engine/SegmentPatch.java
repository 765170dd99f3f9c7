package dev.expcenter.engine;

import java.util.List;

/** Edit a segment. A null field was not sent; rules replace the whole list. */
public record SegmentPatch(String name, String description, List<SegmentRule> rules) {
}
