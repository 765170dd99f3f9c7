package dev.expcenter.stub.operation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Finds the spec operation of every request Jersey matched, once, and puts it on the request for
 * everything after it (auth, form bodies, the mock's validation, forcing, examples and response
 * validation): the first post-matching filter. The operation comes from what Jersey matched (the
 * resource method's HTTP method and path template, computed once per resource method), not from the
 * request's path. A request Jersey matched to nothing (a 404, 405, 406 or 415 from routing) and one a
 * pre-matching filter answered never get here: {@link #isMatched} is false for them.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class OperationFilter implements ContainerRequestFilter {
    private static final String PROPERTY = OperationFilter.class.getName();
    private static final Found NONE = new Found(null);

    private final ConcurrentHashMap<ResourceMethod, MatchedRoute> routes = new ConcurrentHashMap<>();
    private final OperationFinder packaged;
    private volatile OperationFinder finder;

    @Context
    private Configuration configuration;

    /** A filter that finds operations with {@code packaged}, unless the application names another finder. */
    public OperationFilter(OperationFinder packaged) {
        this.packaged = packaged;
    }

    private record Found(ApiOperation operation) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo uri) || uri.getMatchedResourceMethod() == null) {
            return;
        }
        MatchedRoute route = routes.computeIfAbsent(uri.getMatchedResourceMethod(), MatchedRoute::of);
        ApiOperation operation = finder().find(route, request).orElse(null);
        request.setProperty(PROPERTY, operation == null ? NONE : new Found(operation));
    }

    /** The operation the request calls; empty when not matched or when the spec declares none. */
    public static Optional<ApiOperation> operation(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Found found ? Optional.ofNullable(found.operation())
                : Optional.empty();
    }

    /** Same, from a reader or writer interceptor's properties (which are the request's). */
    public static Optional<ApiOperation> operation(Object property) {
        return property instanceof Found found ? Optional.ofNullable(found.operation()) : Optional.empty();
    }

    /** The request property this filter sets, for {@link #operation(Object)}. */
    public static String property() {
        return PROPERTY;
    }

    /** Whether Jersey matched the request to a resource method (so this filter ran). */
    public static boolean isMatched(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Found;
    }

    private OperationFinder finder() {
        OperationFinder current = finder;
        if (current == null) {
            Object configured = configuration == null ? null : configuration.getProperty(OperationFinder.PROPERTY);
            current = configured instanceof OperationFinder other ? other : packaged;
            finder = current;
        }
        return current;
    }
}
