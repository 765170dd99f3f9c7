package dev.expcenter.stub.auth;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope each operation requires, by operationId, read from the spec's OAuth2 security
 * requirements (operation-level {@code security}, else the document's), and the operationId at each
 * method and path template. The spec is the only scope table: the stub reads its packaged spec, the
 * mock the spec it serves, both through {@link #of(OpenAPI)}.
 */
public final class ScopeCatalog {
    /** Where the {@code openapi} module puts the spec on the classpath. */
    public static final String SPEC_RESOURCE = "expcenter/openapi.yaml";

    private final Map<String, List<String>> scopesByOperation;
    private final Set<String> publicOperations;
    private final Map<String, String> operationByRoute;

    ScopeCatalog(Map<String, List<String>> scopesByOperation, Set<String> publicOperations,
                 Map<String, String> operationByRoute) {
        this.scopesByOperation = Map.copyOf(scopesByOperation);
        this.publicOperations = Set.copyOf(publicOperations);
        this.operationByRoute = Map.copyOf(operationByRoute);
    }

    /** Reads the spec packaged at {@link #SPEC_RESOURCE}. */
    public static ScopeCatalog fromClasspath() {
        try (InputStream in = ScopeCatalog.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The spec is not on the classpath: " + SPEC_RESOURCE);
            }
            return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a spec given as YAML or JSON text. */
    public static ScopeCatalog fromYaml(String spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("The spec cannot be read: " + result.getMessages());
        }
        return of(api);
    }

    /** Reads a parsed spec (resolved or not: security requirements hold no references). */
    public static ScopeCatalog of(OpenAPI api) {
        Set<String> oauth2Schemes = oauth2Schemes(api);
        Map<String, List<String>> scopes = new HashMap<>();
        Set<String> publicOperations = new LinkedHashSet<>();
        Map<String, String> routes = new HashMap<>();
        Map<String, PathItem> paths = api.getPaths() == null ? Map.of() : api.getPaths();
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getOperationId() == null) {
                    continue;
                }
                routes.put(route(entry.getKey().name(), path.getKey()), operation.getOperationId());
                List<SecurityRequirement> security = operation.getSecurity() != null
                        ? operation.getSecurity() : api.getSecurity();
                if (security != null && security.isEmpty()) {
                    publicOperations.add(operation.getOperationId());
                }
                scopes.put(operation.getOperationId(), scopesOf(security, oauth2Schemes));
            }
        }
        return new ScopeCatalog(scopes, publicOperations, routes);
    }

    /** The operationId the spec declares at a method and path template, e.g. {@code GET /experimentation/experiments}. */
    public Optional<String> operationIdAt(String method, String template) {
        return Optional.ofNullable(operationByRoute.get(route(method, template)));
    }

    private static String route(String method, String template) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + template;
    }

    /** The scopes of which a token needs any one for the operation; empty when none is required. */
    public List<String> requiredScopes(String operationId) {
        return scopesByOperation.getOrDefault(operationId, List.of());
    }

    /** Whether the spec declares the operation with {@code security: []}, i.e. no token needed. */
    public boolean isPublic(String operationId) {
        return publicOperations.contains(operationId);
    }

    /** Whether the spec declares the operation at all. */
    public Optional<List<String>> find(String operationId) {
        return Optional.ofNullable(scopesByOperation.get(operationId));
    }

    private static Set<String> oauth2Schemes(OpenAPI api) {
        Set<String> names = new LinkedHashSet<>();
        if (api.getComponents() != null && api.getComponents().getSecuritySchemes() != null) {
            api.getComponents().getSecuritySchemes().forEach((name, scheme) -> {
                if (scheme.getType() == SecurityScheme.Type.OAUTH2) {
                    names.add(name);
                }
            });
        }
        names.add("oauth2");
        return names;
    }

    private static List<String> scopesOf(List<SecurityRequirement> security, Set<String> oauth2Schemes) {
        List<String> scopes = new ArrayList<>();
        for (SecurityRequirement requirement : security == null ? List.<SecurityRequirement>of() : security) {
            requirement.forEach((scheme, names) -> {
                if (oauth2Schemes.contains(scheme) && names != null) {
                    names.stream().filter(name -> !scopes.contains(name)).forEach(scopes::add);
                }
            });
        }
        return List.copyOf(scopes);
    }
}
