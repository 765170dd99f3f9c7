package dev.expcenter.engine;

import java.util.List;
import java.util.Optional;

/**
 * Edit an experiment. A null field was not sent and stays as it is; at least one must be sent.
 * {@code description} is tri-state: null not sent, {@link Optional#empty()} clears it
 * ({@code "description": null}), {@code Optional.of(text)} sets it. Allocations replace the whole list.
 */
public record ExperimentPatch(String name, Optional<String> description, String assignmentSubject,
                              List<Allocation> allocations) {

    boolean empty() {
        return name == null && description == null && assignmentSubject == null && allocations == null;
    }
}
