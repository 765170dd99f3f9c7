package dev.expcenter.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A variation of a feature flag. {@code overrides} maps a parameter name of the flag to the value
 * this variation serves (plain Java JSON, null allowed); on the wire each value is wrapped as
 * {@code {"value": ...}}.
 */
public record Variation(String id, String featureFlagId, String name, String description,
                        Map<String, Object> overrides, Instant createdAt, Instant updatedAt) {

    public Variation {
        Required.nonNull("id featureFlagId name createdAt updatedAt", id, featureFlagId, name, createdAt, updatedAt);
        overrides = Json.orderedCopy(overrides, Json::freeze);
    }

    Variation withEdits(String newName, String newDescription, Map<String, Object> newOverrides) {
        return new Variation(id, featureFlagId, newName, newDescription, newOverrides, createdAt, updatedAt);
    }

    Variation withUpdatedAt(Instant at) {
        return new Variation(id, featureFlagId, name, description, overrides, createdAt, at);
    }
}
