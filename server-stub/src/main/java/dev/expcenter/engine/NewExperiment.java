package dev.expcenter.engine;

import java.util.List;

/**
 * Create an experiment. Required: name, featureFlagId, authenticationFlow, allocationStrategy.
 * A null assignmentSubject means {@code "device"}; null allocations means none.
 */
public record NewExperiment(String name, String description, String featureFlagId, String authenticationFlow,
                            AllocationStrategy allocationStrategy, String assignmentSubject,
                            List<Allocation> allocations) {
}
