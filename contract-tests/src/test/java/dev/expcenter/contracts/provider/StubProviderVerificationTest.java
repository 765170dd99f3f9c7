package dev.expcenter.contracts.provider;

import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.expcenter.contracts.Contract;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.resource.EngineSelector;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.server.StubServer;
import dev.expcenter.stub.states.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;

/** Every accepted pact in {@code pacts/}, verified against the server stub started in-process on a free port. */
@Order(4)
@Provider(Contract.PROVIDER)
@PactFolder("pacts")
class StubProviderVerificationTest extends ProviderContract {
    static final ExperimentCenter ENGINE = ExperimentCenter.create();
    private static StubServer server;

    @BeforeAll
    static void startStub() {
        server = startedStub();
    }

    @AfterAll
    static void stopStub() {
        server.close();
    }

    /** A dev-mode stub on port 0 serving {@link #ENGINE}. */
    static StubServer startedStub() {
        return StubServer.start(StubConfig.builder().port(0).build(),
                app -> ApiResources.register(app, EngineSelector.fixed(ENGINE)));
    }

    @Override
    protected TestTarget target() {
        return new DevTokenTarget(server.uri());
    }

    @Override
    protected Map<String, Object> applyState(String state, Map<String, Object> params, boolean setup) {
        return ProviderStates.apply(ENGINE, state, params, setup);
    }
}
