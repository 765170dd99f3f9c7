package dev.expcenter.stub.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.data.StateDocument;
import dev.expcenter.stub.resource.EngineSelector;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.JsonMapperProvider;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.server.StubServer;

import java.net.URI;

/** The real stub (resources, engine, infra) on 127.0.0.1 with a free port, and a spec-checking client. */
public final class ApiServer implements TargetServer {
    private final ExperimentCenter engine = ExperimentCenter.create();
    private final StubServer server;

    public ApiServer() {
        this(StubConfig.builder().build());
    }

    public ApiServer(StubConfig config) {
        server = StubServer.start(config, app -> ApiResources.register(app, EngineSelector.fixed(engine)));
    }

    @Override
    public URI apiRoot() {
        String uri = server.uri().toString();
        return URI.create(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
    }

    /** A new client (opaque dev token, every scope) whose every response is checked against the spec. */
    public SpecCheckedClient client() {
        return new SpecCheckedClient(apiRoot());
    }

    public ExperimentCenter engine() {
        return engine;
    }

    /** The engine's whole state in the API's wire shapes, as the mock will export it. */
    @Override
    public String snapshotJson() {
        try {
            return JsonMapperProvider.mapper().writeValueAsString(StateDocument.of(engine.snapshot()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void reset() {
        engine.replace(EngineState.empty());
    }

    @Override
    public void close() {
        server.close();
    }
}
