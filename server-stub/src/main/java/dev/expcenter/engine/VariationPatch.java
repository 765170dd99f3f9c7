package dev.expcenter.engine;

import java.util.Map;
import java.util.Optional;

/**
 * Edit a variation. A null field was not sent; at least one must be sent. {@code description} is
 * tri-state as in {@link ExperimentPatch}. Overrides replace the whole map.
 */
public record VariationPatch(String name, Optional<String> description, Map<String, Object> overrides) {

    boolean empty() {
        return name == null && description == null && overrides == null;
    }
}
