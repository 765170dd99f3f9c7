package dev.expcenter.mock.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.mock.spec.SpecSource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /oauth/token}: a development token endpoint for the client-credentials grant (form or
 * JSON, any client id and secret). The token is JWT-shaped but unsigned ({@code alg: none}) and
 * carries the requested scopes, or every scope the spec's OAuth2 flow lists; the API's {@code dev}
 * auth mode honours its {@code scope} claim without checking a signature. Never for production.
 */
@Path("/oauth/token")
public final class DevTokenResource {
    /** The token lifetime, in seconds. */
    public static final long EXPIRES_IN = 86_400;
    static final List<String> DEFAULT_SCOPES = List.of(
            "read:experimentation", "create:experimentation", "update:experimentation", "delete:experimentation");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SpecSource source;

    @Context
    private UriInfo uriInfo;

    DevTokenResource(SpecSource source) {
        this.source = source;
    }

    /** The grant as a form, as OAuth2 clients (and Swagger UI) send it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fromForm(MultivaluedMap<String, String> form) {
        return issue(form.getFirst("grant_type"), form.getFirst("client_id"), form.getFirst("scope"));
    }

    /** The grant as JSON, as Auth0's own examples send it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fromJson(byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return oauthError("invalid_request", "The body is not JSON");
        }
        if (json == null || !json.isObject()) {
            return oauthError("invalid_request", "The body must be a JSON object");
        }
        return issue(json.path("grant_type").asText(null), json.path("client_id").asText(null), json.path("scope").asText(null));
    }

    private Response issue(String grantType, String clientId, String scope) {
        if (grantType == null || grantType.isBlank()) {
            return oauthError("invalid_request", "Missing required parameter: grant_type");
        }
        if (!"client_credentials".equals(grantType)) {
            return oauthError("unsupported_grant_type", "Only client_credentials is supported by the mock");
        }
        String scopes = String.join(" ", scope == null || scope.isBlank() ? specScopes() : List.of(scope.trim().split("\\s+")));
        String root = uriInfo.getBaseUri().toString();
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", root)
                .put("sub", (clientId == null || clientId.isBlank() ? "mock-client" : clientId) + "@clients")
                .put("aud", root + "api/v2/")
                .put("iat", now)
                .put("exp", now + EXPIRES_IN)
                .put("scope", scopes)
                .put("gty", "client-credentials");
        String token = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
        ObjectNode answer = JSON.createObjectNode()
                .put("access_token", token)
                .put("token_type", "Bearer")
                .put("expires_in", EXPIRES_IN)
                .put("scope", scopes);
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).build();
    }

    /** The scopes the current spec's OAuth2 flows list, else the four experimentation scopes. */
    private List<String> specScopes() {
        Set<String> scopes = new LinkedHashSet<>();
        var components = source.current().api().getComponents();
        if (components != null && components.getSecuritySchemes() != null) {
            components.getSecuritySchemes().values().forEach(scheme -> {
                if (scheme.getFlows() != null && scheme.getFlows().getClientCredentials() != null
                        && scheme.getFlows().getClientCredentials().getScopes() != null) {
                    scopes.addAll(scheme.getFlows().getClientCredentials().getScopes().keySet());
                }
            });
        }
        return scopes.isEmpty() ? DEFAULT_SCOPES : new ArrayList<>(scopes);
    }

    private static Response oauthError(String error, String description) {
        ObjectNode body = JSON.createObjectNode().put("error", error).put("error_description", description);
        return Response.status(400).entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
