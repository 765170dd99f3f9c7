package dev.expcenter.stub.auth;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import dev.expcenter.stub.operation.ApiOperation;
import dev.expcenter.stub.operation.OperationFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bearer token of every matched request against the scope its operation requires: the
 * operation {@link OperationFilter} found (the spec the server runs with: the stub's packaged spec,
 * the mock's served one). A matched request the spec declares no operation for requires a valid token
 * but no scope; an operation declared with {@code security: []} requires nothing. Tokens are never
 * logged.
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

    /** A filter for the mode. */
    public AuthFilter(AuthMode mode, JwtSettings jwt) {
        this.verifier = TokenVerifier.of(mode, jwt);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!OperationFilter.isMatched(request)) {
            return;
        }
        Optional<ApiOperation> operation = OperationFilter.operation(request);
        List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (headers != null && headers.size() > 1) {
            // getHeaderString joins repeated headers with ",": never let one header's token ride on another.
            unauthorized(request, INVALID_TOKEN);
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            if (!operation.map(ApiOperation::isPublic).orElse(false)) {
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
            LOG.debug("Token rejected for {}: {}", operation.map(ApiOperation::operationId).orElse("?"), e.getMessage());
            unauthorized(request, e.isBadSignature() ? INVALID_SIGNATURE : INVALID_TOKEN);
            return;
        }
        if (grant.allScopes()) {
            return;
        }
        List<String> required = operation.map(ApiOperation::requiredScopes).orElse(List.of());
        if (!grant.allowsAnyOf(required)) {
            String expected = String.join(" ", required);
            request.abortWith(ErrorResponses.builder(ApiError.INSUFFICIENT_SCOPE,
                            ApiError.INSUFFICIENT_SCOPE.message("scopes", expected))
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            "Bearer error=\"insufficient_scope\", scope=\"" + expected + "\"")
                    .build());
        }
    }

    private static void unauthorized(ContainerRequestContext request, String message) {
        request.abortWith(ErrorResponses.builder(ApiError.UNAUTHORIZED, message)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
    }
}
