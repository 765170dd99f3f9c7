package dev.expcenter.engine;

import java.util.List;
import java.util.Optional;

/** One page of a list; {@code next} is the id of the first item of the following page, null on the last page. */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** {@link #next()} as an Optional. */
    public Optional<String> nextId() {
        return Optional.ofNullable(next);
    }
}
