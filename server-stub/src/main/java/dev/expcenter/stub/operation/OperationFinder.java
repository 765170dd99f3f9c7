package dev.expcenter.stub.operation;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * Finds the spec operation of a request Jersey matched. The stub uses {@link PackagedOperations}; an
 * application property {@link #PROPERTY} holding another finder replaces it (the mock's: the spec it
 * serves, reloaded with {@code --spec}).
 */
@FunctionalInterface
public interface OperationFinder {
    /** The application property naming the {@link OperationFinder} to use instead of the packaged spec's. */
    String PROPERTY = "expcenter.operations";

    /** The operation {@code route} stands for, or empty when the spec declares none. */
    Optional<? extends ApiOperation> find(MatchedRoute route, ContainerRequestContext request);
}
