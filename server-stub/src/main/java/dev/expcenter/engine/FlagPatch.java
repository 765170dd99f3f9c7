package dev.expcenter.engine;

import java.util.Map;

/** Edit a feature flag. A null field was not sent; parameters replace the whole map. */
public record FlagPatch(String name, String description, Map<String, FlagParameter> parameters) {
}
