package dev.expcenter.stub.mapping;

import java.util.Optional;

/**
 * The engine's PATCH {@code description} is tri-state (null not sent, {@link Optional#empty()}
 * cleared, else the text). The generated request models hold a plain String, which cannot tell
 * {@code "description": null} from a missing property; both map to "not sent" until they can.
 */
final class Descriptions {
    private Descriptions() {
    }

    static Optional<String> sent(String description) {
        return description == null ? null : Optional.of(description);
    }
}
