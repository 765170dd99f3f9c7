package dev.expcenter.mock.spec;

import dev.expcenter.stub.operation.MatchedRoute;
import dev.expcenter.stub.operation.OperationFinder;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The mock's operations: the spec it serves, in the version read once for the request. A request
 * Jersey matched to a stub resource is the operation at that resource method's method and template
 * (a map lookup); one it matched to {@link SpecExampleResource}'s catch-all is looked up by its
 * concrete path, the only way to know which of the spec's operations no resource implements it calls.
 */
final class ServedOperations implements OperationFinder {
    private final SpecSource source;

    ServedOperations(SpecSource source) {
        this.source = source;
    }

    @Override
    public Optional<SpecOperation> find(MatchedRoute route, ContainerRequestContext request) {
        OperationIndex operations = ApiCall.spec(request, source).operations();
        if (route.handler() == SpecExampleResource.class) {
            return operations.find(request.getMethod(), ApiCall.path(request));
        }
        return operations.at(route.method(), route.template());
    }
}
