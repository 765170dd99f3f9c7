package dev.expcenter.mock.spec;

import dev.expcenter.stub.operation.OperationFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/** The spec's view of a request: path below {@code /api/v2}, the spec version in force, and its operation. */
final class ApiCall {
    private static final String SPEC = ApiCall.class.getName() + ".spec";

    private ApiCall() {
    }

    /** The path relative to the API root, with a leading slash, e.g. {@code /experimentation/experiments}. */
    static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The spec in force for this request: read once, so that a reload mid-request changes nothing. */
    static LoadedSpec spec(ContainerRequestContext request, SpecSource source) {
        if (request.getProperty(SPEC) instanceof LoadedSpec spec) {
            return spec;
        }
        LoadedSpec spec = source.current();
        request.setProperty(SPEC, spec);
        return spec;
    }

    /**
     * The spec operation this request calls, as {@link OperationFilter} found it (through
     * {@link ServedOperations}); empty when Jersey matched nothing or the spec declares no operation.
     */
    static Optional<SpecOperation> operation(ContainerRequestContext request) {
        return OperationFilter.operation(request).filter(SpecOperation.class::isInstance).map(SpecOperation.class::cast);
    }
}
