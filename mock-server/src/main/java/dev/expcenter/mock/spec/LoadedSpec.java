package dev.expcenter.mock.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Instant;
import java.util.List;

/**
 * One parsed version of the spec: its text, the resolved model and the operation index with each
 * operation's examples and compiled request/response rules. Immutable; {@link SpecSource} swaps whole
 * instances.
 */
public final class LoadedSpec {
    private final String text;
    private final String origin;
    private final OpenAPI api;
    private final OperationIndex operations;
    private final ServedExtras extras;
    private final Instant loadedAt;

    private LoadedSpec(String text, String origin, OpenAPI api, OperationIndex operations, ServedExtras extras) {
        this.text = text;
        this.origin = origin;
        this.api = api;
        this.operations = operations;
        this.extras = extras;
        this.loadedAt = Instant.now();
    }

    /** Parses {@code text} (YAML or JSON); any parser message makes it unusable. */
    public static LoadedSpec parse(String text, String origin) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(text, null, options);
        } catch (RuntimeException e) {
            throw new SpecLoadException(origin + ": " + e.getMessage(), e);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            throw new SpecLoadException(origin + ": " + (messages.isEmpty() ? "not an OpenAPI document" : messages));
        }
        OperationIndex operations;
        try {
            operations = OperationIndex.of(result.getOpenAPI());
        } catch (SpecLoadException e) {
            throw new SpecLoadException(origin + ": " + e.getMessage(), e);
        }
        return new LoadedSpec(text, origin, result.getOpenAPI(), operations, ServedExtras.of(text, result.getOpenAPI()));
    }

    /**
     * Checks the spec's own example of the experiments list response once and drops the result: the
     * first real request then finds the JSON-schema code loaded and warm. Pure: touches no state, logs
     * nothing, never throws.
     */
    void warmUp() {
        try {
            operations.at("GET", "/experimentation/experiments").ifPresent(op -> op.firstSuccess()
                    .flatMap(SpecResponse::firstExample)
                    .ifPresent(example -> op.rules().warmUp(example.value())));
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the same work is done, and reported, by the first request.
        }
    }

    /** The spec text as read. */
    public String text() {
        return text;
    }

    /** Where it was read from: a file path or the classpath resource. */
    public String origin() {
        return origin;
    }

    /** The model with every {@code $ref} resolved. */
    public OpenAPI api() {
        return api;
    }

    /** The operations by method and path template, with their examples. */
    public OperationIndex operations() {
        return operations;
    }

    /** Where this version differs from the packaged spec the stub was compiled from. */
    ServedExtras extras() {
        return extras;
    }

    /** When this version was loaded. */
    public Instant loadedAt() {
        return loadedAt;
    }
}
