package dev.expcenter.engine;

import java.util.Map;
import java.util.Optional;

/**
 * Edit a feature flag. A null field was not sent; at least one must be sent. {@code description}
 * is tri-state as in {@link ExperimentPatch}. Parameters replace the whole map.
 */
public record FlagPatch(String name, Optional<String> description, Map<String, FlagParameter> parameters) {

    boolean empty() {
        return name == null && description == null && parameters == null;
    }
}
