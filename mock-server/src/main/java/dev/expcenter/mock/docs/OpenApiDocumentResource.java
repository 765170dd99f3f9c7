package dev.expcenter.mock.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.expcenter.mock.spec.LoadedSpec;
import dev.expcenter.mock.spec.SpecSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code GET /openapi.yaml}: the current spec (hot reloads included), pointed at this mock: its
 * {@code servers} is the mock's {@code /api/v2} and the OAuth2 token URL the mock's
 * {@code /oauth/token}, so Swagger UI's "Try it out" calls the mock.
 */
@Path("/openapi.yaml")
public final class OpenApiDocumentResource {
    /** The media type the document is served as. */
    public static final String YAML = "application/yaml";
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    private final SpecSource source;
    private volatile Rendered last;

    @Context
    private UriInfo uriInfo;

    OpenApiDocumentResource(SpecSource source) {
        this.source = source;
    }

    private record Rendered(LoadedSpec spec, URI base, String yaml) {
    }

    /** The rewritten document; never cached by the browser, since the spec may change. */
    @GET
    public Response document() {
        LoadedSpec spec = source.current();
        URI base = uriInfo.getBaseUri();
        Rendered rendered = last;
        if (rendered == null || rendered.spec() != spec || !rendered.base().equals(base)) {
            rendered = new Rendered(spec, base, rewrite(spec.text(), base));
            last = rendered;
        }
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(rendered.yaml(), YAML + "; charset=utf-8").cacheControl(noCache).build();
    }

    /** The spec with {@code servers} and every OAuth2 flow's {@code tokenUrl} pointing at {@code base}. */
    static String rewrite(String specText, URI base) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        try {
            JsonNode tree = MAPPER.readTree(specText);
            if (!(tree instanceof ObjectNode document)) {
                return specText;
            }
            document.putArray("servers").addObject()
                    .put("url", root + "api/v2")
                    .put("description", "This mock server.");
            JsonNode schemes = document.path("components").path("securitySchemes");
            schemes.forEach(scheme -> scheme.path("flows").forEach(flow -> {
                if (flow instanceof ObjectNode flowNode && flowNode.has("tokenUrl")) {
                    flowNode.put("tokenUrl", root + "oauth/token");
                }
            }));
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            return specText;
        }
    }
}
