package dev.expcenter.mock.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Instant;
import java.util.List;

/**
 * One parsed version of the spec, immutable; {@link SpecSource} swaps whole instances.
 *
 * @param text the spec text as read
 * @param origin where it was read from: a file path or the classpath resource
 * @param api the model with every {@code $ref} resolved
 * @param operations the operations by method and path template, with their examples and compiled rules
 * @param extras where this version differs from the packaged spec the stub was compiled from
 * @param loadedAt when this version was loaded
 */
public record LoadedSpec(String text, String origin, OpenAPI api, OperationIndex operations, ServedExtras extras,
                         Instant loadedAt) {

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
        return new LoadedSpec(text, origin, result.getOpenAPI(), operations, ServedExtras.of(text, result.getOpenAPI()),
                Instant.now());
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

    /** Its origin and load time, not the whole document. */
    @Override
    public String toString() {
        return "LoadedSpec[" + origin + ", loaded at " + loadedAt + "]";
    }
}
