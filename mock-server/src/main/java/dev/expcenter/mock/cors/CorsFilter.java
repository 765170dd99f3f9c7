package dev.expcenter.mock.cors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * CORS on every response. A preflight is answered 204 here, before matching, so it needs no token
 * and takes nothing from the rate limit (the stub's rate-limit filter runs at priority 500, its
 * auth filter after matching).
 */
@PreMatching
@Priority(100)
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, Prefer, X-Mock-Session";
    static final String EXPOSE_HEADERS = "x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, Retry-After, Location";
    static final String MAX_AGE_SECONDS = "600";

    private final CorsPolicy policy;

    /** A filter applying {@code policy}. */
    public CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString("Origin") != null
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            Response.ResponseBuilder preflight = Response.noContent();
            if (policy.allowOrigin(request.getHeaderString("Origin")) != null) {
                preflight.header("Access-Control-Allow-Methods", ALLOW_METHODS)
                        .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                        .header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            }
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        addVaryOrigin(headers);
        String allowed = policy.allowOrigin(request.getHeaderString("Origin"));
        if (allowed == null) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", allowed);
        if (!"*".equals(allowed)) {
            // Credentials only with an echoed origin: browsers refuse them with "*", and so do we.
            headers.putSingle("Access-Control-Allow-Credentials", "true");
        }
        headers.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    private static void addVaryOrigin(MultivaluedMap<String, Object> headers) {
        Object vary = headers.getFirst("Vary");
        if (vary == null) {
            headers.putSingle("Vary", "Origin");
        } else if (!vary.toString().toLowerCase(Locale.ROOT).contains("origin")) {
            headers.putSingle("Vary", vary + ", Origin");
        }
    }
}
