package dev.expcenter.engine;
import java.util.Objects;
/** One entity a committed write put (created or replaced) or removed: {@code entity} is its new value, or null once removed. */
public record Change(IdKind kind, String id, Object entity) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
    /** True when the write removed the entity. */
    public boolean removed() {
        return entity == null;
    }
}
