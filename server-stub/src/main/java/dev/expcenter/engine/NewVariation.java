package dev.expcenter.engine;

import java.util.Map;

/** Create a variation. Required: name. Override keys must be parameters of the flag. */
public record NewVariation(String name, String description, Map<String, Object> overrides) {
}
