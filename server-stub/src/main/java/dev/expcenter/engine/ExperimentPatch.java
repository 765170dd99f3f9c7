package dev.expcenter.engine;

import java.util.List;

/** Edit an experiment. A null field was not sent and stays as it is; allocations replace the whole list. */
public record ExperimentPatch(String name, String description, String assignmentSubject, List<Allocation> allocations) {
}
