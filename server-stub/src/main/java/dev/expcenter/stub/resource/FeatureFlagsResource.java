package dev.expcenter.stub.resource;

import dev.expcenter.engine.FlagQuery;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.stub.api.FeatureFlagsApi;
import dev.expcenter.stub.model.CreateFeatureFlagRequest;
import dev.expcenter.stub.model.FeatureFlagStatus;
import dev.expcenter.stub.model.UpdateFeatureFlagRequest;
import dev.expcenter.stub.model.UpdateFeatureFlagStatusRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import static dev.expcenter.stub.mapping.FlagMapping.toCommand;
import static dev.expcenter.stub.mapping.FlagMapping.toDto;
import static dev.expcenter.stub.mapping.FlagMapping.toPatch;

/** The feature-flag operations: map the request, ask the engine, map the answer. */
// The generated interface carries the paths on its methods; Jersey needs a root path on the class.
@Path("/")
@Singleton
public final class FeatureFlagsResource extends EngineBackedResource implements FeatureFlagsApi {
    @Inject
    public FeatureFlagsResource(EngineSelector engines) {
        super(engines);
    }

    @Override
    public Response listFeatureFlags(String from, Integer take, dev.expcenter.stub.model.OwnerType type,
                                     FeatureFlagStatus status) {
        var query = new FlagQuery(type == null ? null : OwnerType.fromWire(type.toString()),
                status == null ? null : FlagStatus.fromWire(status.toString()), from, take);
        return Responses.ok(toDto(engine().listFlags(query)));
    }

    @Override
    public Response createFeatureFlag(CreateFeatureFlagRequest request) {
        var created = engine().createFlag(toCommand(request));
        return Responses.created(uriInfo(), created.id(), toDto(created));
    }

    @Override
    public Response getFeatureFlag(String id) {
        return Responses.ok(toDto(engine().getFlag(id)));
    }

    @Override
    public Response updateFeatureFlag(String id, UpdateFeatureFlagRequest request) {
        return Responses.ok(toDto(engine().updateFlag(id, toPatch(request, sent("description")))));
    }

    @Override
    public Response deleteFeatureFlag(String id) {
        engine().deleteFlag(id);
        return Responses.noContent();
    }

    @Override
    public Response updateFeatureFlagStatus(String id, UpdateFeatureFlagStatusRequest request) {
        var target = FlagStatus.fromWire(request.getStatus().toString());
        return Responses.ok(toDto(engine().transitionFlag(id, target).result()));
    }
}
