package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;

/** An experiment as stored. {@code valid} is the stored {@code is_valid}. */
public record Experiment(String id, String name, String description, String featureFlagId,
                         String authenticationFlow, AllocationStrategy allocationStrategy,
                         String assignmentSubject, ExperimentStatus status, boolean valid,
                         List<Allocation> allocations, Instant createdAt, Instant updatedAt,
                         Instant startedAt, Instant endedAt) {

    public Experiment {
        Required.nonNull("id name featureFlagId allocationStrategy status createdAt updatedAt",
                id, name, featureFlagId, allocationStrategy, status, createdAt, updatedAt);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    Experiment withValid(boolean isValid) {
        return isValid == valid ? this : new Experiment(id, name, description, featureFlagId, authenticationFlow,
                allocationStrategy, assignmentSubject, status, isValid, allocations, createdAt, updatedAt,
                startedAt, endedAt);
    }

    Experiment withUpdatedAt(Instant at) {
        return new Experiment(id, name, description, featureFlagId, authenticationFlow, allocationStrategy,
                assignmentSubject, status, valid, allocations, createdAt, at, startedAt, endedAt);
    }

    Experiment withEdits(String newName, String newDescription, String newSubject, List<Allocation> newAllocations) {
        return new Experiment(id, newName, newDescription, featureFlagId, authenticationFlow, allocationStrategy,
                newSubject, status, valid, newAllocations, createdAt, updatedAt, startedAt, endedAt);
    }

    Experiment withStatus(ExperimentStatus next, Instant at, Instant started, Instant ended) {
        return new Experiment(id, name, description, featureFlagId, authenticationFlow, allocationStrategy,
                assignmentSubject, next, valid, allocations, createdAt, at, started, ended);
    }
}
