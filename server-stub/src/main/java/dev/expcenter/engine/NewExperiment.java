package dev.expcenter.engine;

import java.util.List;

/**
 * Create an experiment. Required: name, featureFlagId, authenticationFlow, allocationStrategy and
 * 1..20 allocations. A null assignmentSubject means {@code "device"}.
 */
public record NewExperiment(String name, String description, String featureFlagId, String authenticationFlow,
                            AllocationStrategy allocationStrategy, String assignmentSubject,
                            List<Allocation> allocations) {
}
