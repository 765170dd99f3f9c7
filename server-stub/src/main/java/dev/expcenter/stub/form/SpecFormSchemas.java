package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.auth.ScopeCatalog;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form request body schemas of one spec, by operationId, read once. */
public final class SpecFormSchemas implements FormSchemas {
    private final Map<String, JsonNode> byOperation;

    private SpecFormSchemas(Map<String, JsonNode> byOperation) {
        this.byOperation = Map.copyOf(byOperation);
    }

    /**
     * The packaged spec's schemas, parsed on the first form body (not at start-up, which it would slow
     * down, nor at all by a server that never gets a form).
     */
    public static FormSchemas packaged() {
        return operationId -> Packaged.SCHEMAS.requestBody(operationId);
    }

    /** The schemas of a spec given as YAML or JSON text. */
    public static SpecFormSchemas parse(String spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("The spec cannot be read: " + result.getMessages());
        }
        return of(result.getOpenAPI());
    }

    /** The schemas of a parsed spec whose references are resolved. */
    public static SpecFormSchemas of(OpenAPI api) {
        SchemaTrees trees = new SchemaTrees(api);
        Map<String, JsonNode> byOperation = new HashMap<>();
        for (PathItem path : api.getPaths() == null ? List.<PathItem>of() : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                MediaType media = operation.getRequestBody() == null ? null : formOrJson(operation.getRequestBody().getContent());
                if (operation.getOperationId() != null && media != null && media.getSchema() != null) {
                    byOperation.put(operation.getOperationId(), trees.tree(media.getSchema()));
                }
            }
        }
        return new SpecFormSchemas(byOperation);
    }

    @Override
    public Optional<JsonNode> requestBody(String operationId) {
        return Optional.ofNullable(byOperation.get(operationId));
    }

    /** The form content, else the JSON one (a spec edited to drop forms still types them as JSON). */
    private static MediaType formOrJson(Content content) {
        if (content == null) {
            return null;
        }
        MediaType form = content.get(FormConverter.MEDIA_TYPE);
        return form != null ? form : content.get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    }

    private static final class Packaged {
        static final SpecFormSchemas SCHEMAS = read();

        private static SpecFormSchemas read() {
            try (InputStream in = SpecFormSchemas.class.getClassLoader().getResourceAsStream(ScopeCatalog.SPEC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The spec is not on the classpath: " + ScopeCatalog.SPEC_RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
