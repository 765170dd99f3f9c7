package dev.expcenter.stub.operation;

import dev.expcenter.stub.auth.ScopeCatalog;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Optional;

/**
 * The stub's operations: the packaged spec's, read through {@link ScopeCatalog} as the mock reads the
 * spec it serves. The spec is parsed once per JVM, on the first request that asks an operation
 * anything (a token with limited scopes, a request without a token, a form body): not at start-up,
 * which it would slow down, and never for opaque dev tokens on JSON bodies.
 */
public final class PackagedOperations implements OperationFinder {
    @Override
    public Optional<ApiOperation> find(MatchedRoute route, ContainerRequestContext request) {
        return Optional.of(new Lazy(route));
    }

    /** The operation at a route, looked up in the packaged spec when first asked. */
    private record Lazy(MatchedRoute route) implements ApiOperation {
        @Override
        public String operationId() {
            return Catalog.CATALOG.operationIdAt(route.method(), route.template()).orElse("");
        }

        @Override
        public List<String> requiredScopes() {
            return Catalog.CATALOG.requiredScopes(operationId());
        }

        @Override
        public boolean isPublic() {
            return Catalog.CATALOG.isPublic(operationId());
        }
    }

    private static final class Catalog {
        static final ScopeCatalog CATALOG = ScopeCatalog.fromClasspath();
    }
}
