package dev.expcenter.mock.spec;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/** The spec's view of a request: method, path below {@code /api/v2}, and its operation in a given spec. */
final class ApiCall {
    private static final String OPERATION = ApiCall.class.getName() + ".operation";
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

    /** The spec operation this request calls, if the spec declares one. */
    static Optional<SpecOperation> operation(ContainerRequestContext request, SpecSource source) {
        if (request.getProperty(OPERATION) instanceof SpecOperation operation) {
            return Optional.of(operation);
        }
        Optional<SpecOperation> operation = spec(request, source).operations().find(request.getMethod(), path(request));
        operation.ifPresent(op -> request.setProperty(OPERATION, op));
        return operation;
    }
}
