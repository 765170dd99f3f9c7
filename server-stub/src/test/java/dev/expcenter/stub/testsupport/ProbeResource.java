package dev.expcenter.stub.testsupport;

import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.Rule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A test-only resource: {@code getExperiment} is a real operationId (scope read:experimentation);
 * the probe operations are not in the spec, so they need a token but no scope.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @GET
    @Path("experimentation/experiments/{id}")
    public Response getExperiment(@PathParam("id") String id) {
        return switch (id) {
            case "boom" -> throw new IllegalStateException("secret detail: jdbc://user:password@db");
            case "missing" -> throw new EngineException(Rule.EXPERIMENT_NOT_FOUND);
            default -> Response.ok(Map.of("id", id)).build();
        };
    }

    @POST
    @Path("probes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createProbe(@Valid @NotNull ProbeBody body) {
        return Response.status(201).entity(body).build();
    }

    @GET
    @Path("probes")
    public Response listProbes(@QueryParam("take") @Min(1) @Max(50) Integer take) {
        return Response.ok(Map.of("take", take == null ? 25 : take)).build();
    }
}
