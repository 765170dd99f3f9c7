package dev.expcenter.stub.resource;

import dev.expcenter.stub.api.VariationsApi;
import dev.expcenter.stub.model.CreateVariationRequest;
import dev.expcenter.stub.model.UpdateVariationRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import static dev.expcenter.stub.mapping.VariationMapping.toCommand;
import static dev.expcenter.stub.mapping.VariationMapping.toDto;
import static dev.expcenter.stub.mapping.VariationMapping.toPatch;

/** The variation operations, under their feature flag. */
// The generated interface carries the paths on its methods; Jersey needs a root path on the class.
@Path("/")
@Singleton
public final class VariationsResource extends EngineBackedResource implements VariationsApi {
    @Inject
    public VariationsResource(EngineSelector engines) {
        super(engines);
    }

    @Override
    public Response listVariations(String id) {
        return Responses.ok(toDto(engine().listVariations(id)));
    }

    @Override
    public Response createVariation(String id, CreateVariationRequest request) {
        var created = engine().createVariation(id, toCommand(request));
        return Responses.created(uriInfo(), created.id(), toDto(created));
    }

    @Override
    public Response getVariation(String id, String variationId) {
        return Responses.ok(toDto(engine().getVariation(id, variationId)));
    }

    @Override
    public Response updateVariation(String id, String variationId, UpdateVariationRequest request) {
        return Responses.ok(toDto(engine().updateVariation(id, variationId, toPatch(request, sent("description")))));
    }

    @Override
    public Response deleteVariation(String id, String variationId) {
        engine().deleteVariation(id, variationId);
        return Responses.noContent();
    }
}
