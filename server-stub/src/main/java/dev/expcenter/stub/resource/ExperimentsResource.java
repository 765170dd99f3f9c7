package dev.expcenter.stub.resource;

import dev.expcenter.engine.ExperimentQuery;
import dev.expcenter.stub.api.ExperimentsApi;
import dev.expcenter.stub.model.CreateExperimentRequest;
import dev.expcenter.stub.model.ExperimentStatus;
import dev.expcenter.stub.model.UpdateExperimentRequest;
import dev.expcenter.stub.model.UpdateExperimentStatusRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import static dev.expcenter.stub.mapping.ExperimentMapping.toCommand;
import static dev.expcenter.stub.mapping.ExperimentMapping.toDto;
import static dev.expcenter.stub.mapping.ExperimentMapping.toPatch;

/** The experiments operations: map the request, ask the engine, map the answer. */
// The generated interface carries the paths on its methods; Jersey needs a root path on the class.
@Path("/")
@Singleton
public final class ExperimentsResource extends EngineBackedResource implements ExperimentsApi {
    @Inject
    public ExperimentsResource(EngineSelector engines) {
        super(engines);
    }

    @Override
    public Response listExperiments(String from, Integer take, ExperimentStatus status, String authenticationFlow,
                                    String featureFlagId) {
        var query = new ExperimentQuery(
                status == null ? null : dev.expcenter.engine.ExperimentStatus.fromWire(status.toString()),
                authenticationFlow, featureFlagId, from, take);
        return Responses.ok(toDto(engine().listExperiments(query)));
    }

    @Override
    public Response createExperiment(CreateExperimentRequest request) {
        var created = engine().createExperiment(toCommand(request));
        return Responses.created(uriInfo(), created.id(), toDto(created));
    }

    @Override
    public Response getExperiment(String id) {
        return Responses.ok(toDto(engine().getExperiment(id)));
    }

    @Override
    public Response updateExperiment(String id, UpdateExperimentRequest request) {
        return Responses.ok(toDto(engine().updateExperiment(id, toPatch(request, sent("description")))));
    }

    @Override
    public Response deleteExperiment(String id) {
        engine().deleteExperiment(id);
        return Responses.noContent();
    }

    @Override
    public Response updateExperimentStatus(String id, UpdateExperimentStatusRequest request) {
        var target = dev.expcenter.engine.ExperimentStatus.fromWire(request.getStatus().toString());
        return Responses.ok(toDto(engine().transitionExperiment(id, target).result()));
    }

    @Override
    public Response validateExperiment(String id) {
        return Responses.ok(toDto(engine().validateExperiment(id)));
    }
}
