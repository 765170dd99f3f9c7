package dev.expcenter.stub.auth;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bearer token of every matched request against the scope the operation requires.
 * The operation is the resource method's name, which equals the spec's operationId. An operation
 * the spec does not declare requires a valid token but no scope; one declared with
 * {@code security: []} requires nothing. Tokens are never logged.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);
    private static final String BEARER = "Bearer ";
    // Auth0's 401 messages, as its document gives them.
    static final String INVALID_TOKEN = ApiError.UNAUTHORIZED.template();
    static final String INVALID_SIGNATURE = "Invalid signature received for JSON Web Token validation.";
    /** RFC 6750 b64token: anything else (spaces, commas, non-ASCII) is a malformed header. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final TokenVerifier verifier;
    private final Supplier<ScopeCatalog> catalog;

    @Context
    private ResourceInfo resourceInfo;

    /** A filter for the mode; {@code catalog} is asked only when a token's scopes are limited. */
    public AuthFilter(AuthMode mode, JwtSettings jwt, Supplier<ScopeCatalog> catalog) {
        this.verifier = TokenVerifier.of(mode, jwt);
        this.catalog = catalog;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceMethod(request);
        if (method == null) {
            return;
        }
        String operationId = method.getName();
        List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (headers != null && headers.size() > 1) {
            // getHeaderString joins repeated headers with ",": never let one header's token ride on another.
            unauthorized(request, INVALID_TOKEN);
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            if (!catalog.get().isPublic(operationId)) {
                unauthorized(request, "Missing authentication");
            }
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !TOKEN.matcher(header.substring(BEARER.length()).trim()).matches()) {
            unauthorized(request, INVALID_TOKEN);
            return;
        }
        Grant grant;
        try {
            grant = verifier.verify(header.substring(BEARER.length()).trim());
        } catch (InvalidTokenException e) {
            LOG.debug("Token rejected for {}: {}", operationId, e.getMessage());
            unauthorized(request, e.isBadSignature() ? INVALID_SIGNATURE : INVALID_TOKEN);
            return;
        }
        if (grant.allScopes()) {
            return;
        }
        List<String> required = catalog.get().requiredScopes(operationId);
        if (!grant.allowsAnyOf(required)) {
            String expected = String.join(" ", required);
            request.abortWith(ErrorResponses.builder(ApiError.INSUFFICIENT_SCOPE,
                            ApiError.INSUFFICIENT_SCOPE.message("scopes", expected))
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            "Bearer error=\"insufficient_scope\", scope=\"" + expected + "\"")
                    .build());
        }
    }

    /**
     * The matched resource method. Jersey's request URI info is also its {@link ResourceInfo}: asking
     * it directly skips the injected request-scoped proxy (an HK2 lookup per call, measured on every
     * request); the proxy stays for any other container.
     */
    private Method resourceMethod(ContainerRequestContext request) {
        if (request.getUriInfo() instanceof ResourceInfo matched) {
            return matched.getResourceMethod();
        }
        return resourceInfo == null ? null : resourceInfo.getResourceMethod();
    }

    private static void unauthorized(ContainerRequestContext request, String message) {
        request.abortWith(ErrorResponses.builder(ApiError.UNAUTHORIZED, message)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
    }
}
