package dev.expcenter.mock.spec;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Serves operations the spec declares but no resource implements, from the spec's examples: the
 * first 2xx response's first example, with its status. The operation is the request's, found once by
 * the operation filter (so auth checks its scopes, as for every other operation). A path the spec does not know is a 404
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

    SpecExampleResource(SpecSource source) {
        this.source = source;
    }

    /** GET from the examples. */
    @GET
    @Path("{path: .*}")
    public Response getFromExamples(@Context ContainerRequestContext request) {
        return answer(request);
    }

    /** POST from the examples. */
    @POST
    @Path("{path: .*}")
    public Response postFromExamples(@Context ContainerRequestContext request) {
        return answer(request);
    }

    /** PUT from the examples. */
    @PUT
    @Path("{path: .*}")
    public Response putFromExamples(@Context ContainerRequestContext request) {
        return answer(request);
    }

    /** PATCH from the examples. */
    @PATCH
    @Path("{path: .*}")
    public Response patchFromExamples(@Context ContainerRequestContext request) {
        return answer(request);
    }

    /** DELETE from the examples. */
    @DELETE
    @Path("{path: .*}")
    public Response deleteFromExamples(@Context ContainerRequestContext request) {
        return answer(request);
    }

    private Response answer(ContainerRequestContext request) {
        SpecOperation operation = ApiCall.operation(request).orElse(null);
        if (operation == null) {
            // The operation filter found none for this method and path: a 404, or a 405 at a path the spec knows.
            String path = "/" + uriInfo.getPath();
            List<String> allowed = ApiCall.spec(request, source).operations().methodsAt(path);
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
