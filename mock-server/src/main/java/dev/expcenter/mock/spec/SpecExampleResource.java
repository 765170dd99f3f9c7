package dev.expcenter.mock.spec;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Serves operations the spec declares but no resource implements, from the spec's examples: the
 * first 2xx response's first example, with its status. A path the spec does not know is a 404
 * {@code not_found} as before.
 *
 * <p>The catch-all is a sub-resource method of {@code @Path("/")}, like the stub's resources, so
 * Jersey merges them into one resource and tries the methods' paths by literal characters: every
 * implemented path wins over {@code {path: .*}}. A method a known path lacks falls through to here,
 * and is answered 405 with the spec's methods in {@code Allow}, as Jersey would.
 */
@Path("/")
public final class SpecExampleResource {
    private final SpecSource source;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    SpecExampleResource(SpecSource source) {
        this.source = source;
    }

    /** GET from the examples. */
    @GET
    @Path("{path: .*}")
    public Response getFromExamples() {
        return answer();
    }

    /** POST from the examples. */
    @POST
    @Path("{path: .*}")
    public Response postFromExamples() {
        return answer();
    }

    /** PUT from the examples. */
    @PUT
    @Path("{path: .*}")
    public Response putFromExamples() {
        return answer();
    }

    /** PATCH from the examples. */
    @PATCH
    @Path("{path: .*}")
    public Response patchFromExamples() {
        return answer();
    }

    /** DELETE from the examples. */
    @DELETE
    @Path("{path: .*}")
    public Response deleteFromExamples() {
        return answer();
    }

    private Response answer() {
        String path = "/" + uriInfo.getPath();
        OperationIndex operations = source.current().operations();
        SpecOperation operation = operations.find(request.getMethod(), path).orElse(null);
        if (operation == null) {
            List<String> allowed = operations.methodsAt(path);
            if (allowed.isEmpty()) {
                throw new NotFoundException();
            }
            // Jersey falls through to this catch-all when a known path lacks the method: keep it a 405.
            throw new NotAllowedException(allowed.get(0), allowed.subList(1, allowed.size()).toArray(String[]::new));
        }
        SpecResponse success = operation.firstSuccess().orElseThrow(NotFoundException::new);
        return ExampleResponses.of(success, success.firstExample().orElse(null), "unimplemented");
    }
}
