package dev.expcenter.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A feature flag as stored; {@code parameters} keeps insertion order. */
public record FeatureFlag(String id, String name, String description, OwnerType type, FlagStatus status,
                          Map<String, FlagParameter> parameters, Instant createdAt, Instant updatedAt) {

    public FeatureFlag {
        Required.nonNull("id name type status createdAt updatedAt", id, name, type, status, createdAt, updatedAt);
        parameters = Json.orderedCopy(parameters, p -> Objects.requireNonNull(p, "parameter"));
    }

    FeatureFlag withEdits(String newName, String newDescription, Map<String, FlagParameter> newParameters) {
        return new FeatureFlag(id, newName, newDescription, type, status, newParameters, createdAt, updatedAt);
    }

    FeatureFlag withStatus(FlagStatus next, Instant at) {
        return new FeatureFlag(id, name, description, type, next, parameters, createdAt, at);
    }

    FeatureFlag withUpdatedAt(Instant at) {
        return new FeatureFlag(id, name, description, type, status, parameters, createdAt, at);
    }
}
