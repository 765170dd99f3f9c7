package dev.expcenter.engine;

import java.util.List;
import java.util.Optional;

/**
 * Edit a segment. A null field was not sent; at least one must be sent. {@code description} is
 * tri-state as in {@link ExperimentPatch}. Rules replace the whole list.
 */
public record SegmentPatch(String name, Optional<String> description, List<SegmentRule> rules) {

    boolean empty() {
        return name == null && description == null && rules == null;
    }
}
