package dev.expcenter.engine;
import java.util.List;
/**
 * Hears every write the engine commits, in commit order, under the engine's write lock, before the
 * write is acknowledged. A listener that throws refuses the write: the engine undoes it and the
 * caller gets the exception, so nothing changes.
 */
public interface ChangeListener {
    /** What one write changed (never empty), entity kinds in the order the write made them. */
    void committed(List<Change> changes);
    /** Everything was replaced (a reset or an import) by {@code state}; throwing keeps the current state. */
    void replaced(EngineState state);
}
