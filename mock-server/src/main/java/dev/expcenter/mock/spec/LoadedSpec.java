package dev.expcenter.mock.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Instant;
import java.util.List;

/**
 * One parsed version of the spec: its text, the resolved model, a request/response validator and
 * the operation index with examples. Immutable; {@link SpecSource} swaps whole instances.
 */
public final class LoadedSpec {
    /** The base path the API is served under; validator paths carry it. */
    public static final String BASE_PATH = "/api/v2";

    private final String text;
    private final String origin;
    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final OperationIndex operations;
    private final Instant loadedAt;

    private LoadedSpec(String text, String origin, OpenAPI api, OpenApiInteractionValidator validator) {
        this.text = text;
        this.origin = origin;
        this.api = api;
        this.validator = validator;
        this.operations = OperationIndex.of(api);
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
        OpenApiInteractionValidator validator;
        try {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                    .withBasePathOverride(BASE_PATH)
                    .withLevelResolver(levels())
                    .build();
        } catch (RuntimeException e) {
            throw new SpecLoadException(origin + ": the validator rejects it: " + e.getMessage(), e);
        }
        return new LoadedSpec(text, origin, result.getOpenAPI(), validator);
    }

    /**
     * What the validator reports. Routing (unknown path, wrong method), content negotiation and
     * security are left to Jersey and the auth filter, which answer them in Auth0's format already.
     */
    private static LevelResolver levels() {
        return LevelResolver.create()
                .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                // As the stub does: an unknown query parameter is ignored, not a 400.
                .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.contentType", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                .build();
    }

    /**
     * Validates the spec's own example of the experiments list response once and drops the report:
     * the first real request then finds the JSON-schema machinery (and the Rhino regex engine it
     * loads) ready instead of loading it. Responses only: request validation runs the security check,
     * which logs. Pure: touches no state, logs nothing, never throws.
     */
    void warmUp() {
        try {
            String path = "/experimentation/experiments";
            operations.find("GET", path).flatMap(SpecOperation::firstSuccess).flatMap(SpecResponse::firstExample)
                    .ifPresent(example -> validator.validateResponse(BASE_PATH + path, Request.Method.GET,
                            SimpleResponse.Builder.ok().withContentType("application/json")
                                    .withBody(example.value().toString()).build()));
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

    /** Validates requests and responses against this version. */
    public OpenApiInteractionValidator validator() {
        return validator;
    }

    /** The operations by method and path template, with their examples. */
    public OperationIndex operations() {
        return operations;
    }

    /** When this version was loaded. */
    public Instant loadedAt() {
        return loadedAt;
    }
}
