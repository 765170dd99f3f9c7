package dev.expcenter.engine;

import java.util.Objects;

/** A feature flag parameter: its type ({@code string}, {@code boolean}, ...), default value and description. */
public record FlagParameter(String type, Object value, String description) {

    /** {@code value} is plain Java JSON (String, Boolean, Number, List, Map or null), copied deeply. */
    public FlagParameter {
        Objects.requireNonNull(type, "type");
        value = Json.freeze(value);
    }
}
