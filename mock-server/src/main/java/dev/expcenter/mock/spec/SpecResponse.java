package dev.expcenter.mock.spec;

import java.util.List;
import java.util.Optional;

/**
 * A response an operation declares.
 *
 * @param status the HTTP status ({@code default} responses are not indexed)
 * @param examples its examples in spec order; empty when it documents none
 */
public record SpecResponse(int status, List<SpecExample> examples) {
    /** Copies the list. */
    public SpecResponse {
        examples = List.copyOf(examples);
    }

    /** The example with this name. */
    public Optional<SpecExample> example(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The first example, if any. */
    public Optional<SpecExample> firstExample() {
        return examples.stream().findFirst();
    }

    /** Whether this is a 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether this is a 4xx or 5xx. */
    public boolean isError() {
        return status >= 400 && status < 600;
    }
}
