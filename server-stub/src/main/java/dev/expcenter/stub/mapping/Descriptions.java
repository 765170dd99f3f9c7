package dev.expcenter.stub.mapping;

import java.util.Optional;

/**
 * The engine's PATCH {@code description} is tri-state: null not sent, {@link Optional#empty()}
 * cleared, else the text. A generated request model reads {@code "description": null} and a missing
 * property alike, as null; whether the body sent it comes from
 * {@link dev.expcenter.stub.server.SentProperties}.
 */
final class Descriptions {
    private Descriptions() {
    }

    static Optional<String> of(String description, boolean sent) {
        if (description != null) {
            return Optional.of(description);
        }
        return sent ? Optional.empty() : null;
    }
}
