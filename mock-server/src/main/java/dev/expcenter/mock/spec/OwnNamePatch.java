package dev.expcenter.mock.spec;

import dev.expcenter.engine.ExperimentCenter;
import java.util.Optional;

/**
 * The body the stub gets for a PATCH that sent only properties the engine does not model: the entity's
 * own name. The engine refuses an empty patch, and renaming an entity to the name it has changes
 * nothing but its {@code updated_at}, as any accepted PATCH does; an unknown id is the engine's 404.
 */
final class OwnNamePatch {
    private OwnNamePatch() {
    }

    /** The entity's current name, or empty for an operation that edits no named entity. */
    static Optional<String> of(ExperimentCenter engine, SpecOperation operation, String path) {
        String[] parts = path.split("/");
        String id = parts[parts.length - 1];
        return Optional.ofNullable(switch (operation.template()) {
            case "/experimentation/experiments/{id}" -> engine.getExperiment(id).name();
            case "/experimentation/feature-flags/{id}" -> engine.getFlag(id).name();
            case "/experimentation/feature-flags/{id}/variations/{variation_id}" -> engine.getVariation(parts[3], id).name();
            case "/experimentation/segments/{id}" -> engine.getSegment(id).name();
            default -> null;
        });
    }
}
