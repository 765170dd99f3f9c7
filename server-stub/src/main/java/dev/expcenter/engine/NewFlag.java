package dev.expcenter.engine;

import java.util.Map;

/** Create a feature flag (it starts {@code draft}, type {@code self}). Required: name. */
public record NewFlag(String name, String description, Map<String, FlagParameter> parameters) {
}
