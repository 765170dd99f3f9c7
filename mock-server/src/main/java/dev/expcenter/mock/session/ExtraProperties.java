package dev.expcenter.mock.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.ExperimentCenter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Properties of an entity that the served spec declares and the engine does not model (a reviewer's
 * new field), by engine and entity id. They live as long as their entity: a delete drops them, a
 * reset or an import of that engine's state drops them all, and a dropped session's go with its
 * engine (held weakly). Thread-safe.
 */
public final class ExtraProperties {
    private final Map<ExperimentCenter, Map<String, Map<String, JsonNode>>> byEngine =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The entity's extra properties, or null when it has none. */
    public Map<String, JsonNode> get(ExperimentCenter engine, String id) {
        Map<String, Map<String, JsonNode>> entities = byEngine.get(engine);
        return entities == null || id == null ? null : entities.get(id);
    }

    /** Sets the properties {@code sent} on the entity; those it had and that were not sent stay. */
    public void put(ExperimentCenter engine, String id, Map<String, JsonNode> sent) {
        byEngine.computeIfAbsent(engine, e -> new ConcurrentHashMap<>()).merge(id, Map.copyOf(sent), (had, now) -> {
            Map<String, JsonNode> merged = new LinkedHashMap<>(had);
            merged.putAll(now);
            return Map.copyOf(merged);
        });
    }

    /** Drops the entity's extra properties (it was deleted). */
    public void remove(ExperimentCenter engine, String id) {
        Map<String, Map<String, JsonNode>> entities = byEngine.get(engine);
        if (entities != null) {
            entities.remove(id);
        }
    }

    /** Drops every entity's extra properties of {@code engine} (its state was replaced). */
    public void forget(ExperimentCenter engine) {
        byEngine.remove(engine);
    }
}
