package dev.expcenter.stub.ratelimit;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.glassfish.grizzly.http.server.Request;

/**
 * Takes a token from the caller's bucket before anything else (keyed by a hash of the
 * Authorization header, else by remote address), answers 429 with {@code Retry-After} when it is
 * empty, and puts the {@code x-ratelimit-*} headers on every response, errors included.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String LIMIT = "x-ratelimit-limit";
    static final String REMAINING = "x-ratelimit-remaining";
    static final String RESET = "x-ratelimit-reset";
    /** Auth0's 429 message, as its document gives it. */
    static final String TOO_MANY_REQUESTS = ApiError.TOO_MANY_REQUESTS.template();
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final ClientKeys clientKeys = new ClientKeys();

    @Inject
    private Provider<Request> grizzlyRequest;

    /** A filter drawing from {@code limiter}. */
    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Decision decision = limiter.acquire(clientKey(request));
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(ErrorResponses.builder(ApiError.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Decision decision = request.getProperty(DECISION) instanceof Decision d ? d : limiter.peek(clientKey(request));
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(LIMIT, decision.limit());
        headers.putSingle(REMAINING, decision.remaining());
        headers.putSingle(RESET, decision.resetEpochSeconds());
    }

    private String clientKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return clientKeys.keyOf(authorization.trim());
        }
        return "address:" + remoteAddress();
    }

    private String remoteAddress() {
        try {
            Request request = grizzlyRequest == null ? null : grizzlyRequest.get();
            return request == null ? "unknown" : request.getRemoteAddr();
        } catch (RuntimeException notOnGrizzly) {
            return "unknown";
        }
    }
}
