package dev.expcenter.stub.resource;

import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.SegmentQuery;
import dev.expcenter.stub.api.SegmentsApi;
import dev.expcenter.stub.model.CreateSegmentRequest;
import dev.expcenter.stub.model.UpdateSegmentRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import static dev.expcenter.stub.mapping.SegmentMapping.toCommand;
import static dev.expcenter.stub.mapping.SegmentMapping.toDto;
import static dev.expcenter.stub.mapping.SegmentMapping.toPatch;

/** The segment operations: map the request, ask the engine, map the answer. */
// The generated interface carries the paths on its methods; Jersey needs a root path on the class.
@Path("/")
@Singleton
public final class SegmentsResource extends EngineBackedResource implements SegmentsApi {
    @Inject
    public SegmentsResource(EngineSelector engines) {
        super(engines);
    }

    @Override
    public Response listSegments(String from, Integer take, dev.expcenter.stub.model.OwnerType type) {
        var query = new SegmentQuery(type == null ? null : OwnerType.fromWire(type.toString()), from, take);
        return Responses.ok(toDto(engine().listSegments(query)));
    }

    @Override
    public Response createSegment(CreateSegmentRequest request) {
        var created = engine().createSegment(toCommand(request));
        return Responses.created(uriInfo(), created.id(), toDto(created));
    }

    @Override
    public Response getSegment(String id) {
        return Responses.ok(toDto(engine().getSegment(id)));
    }

    @Override
    public Response updateSegment(String id, UpdateSegmentRequest request) {
        return Responses.ok(toDto(engine().updateSegment(id, toPatch(request, sent("description")))));
    }

    @Override
    public Response deleteSegment(String id) {
        engine().deleteSegment(id);
        return Responses.noContent();
    }
}
