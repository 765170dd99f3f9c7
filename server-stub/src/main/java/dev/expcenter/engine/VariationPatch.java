package dev.expcenter.engine;

import java.util.Map;

/** Edit a variation. A null field was not sent; overrides replace the whole map. */
public record VariationPatch(String name, String description, Map<String, Object> overrides) {
}
