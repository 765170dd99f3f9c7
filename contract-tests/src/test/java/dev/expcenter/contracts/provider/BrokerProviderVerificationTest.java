package dev.expcenter.contracts.provider;

import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import dev.expcenter.contracts.Contract;
import dev.expcenter.stub.server.StubServer;
import dev.expcenter.stub.states.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The broker's pacts for expcenter, verified against the stub, with the results published back.
 * Runs only when {@code PACT_BROKER_BASE_URL} is set ({@code PACT_BROKER_TOKEN} authenticates);
 * otherwise it is skipped and nothing touches the network.
 */
@Order(5)
@Provider(Contract.PROVIDER)
@PactBroker(url = "${PACT_BROKER_BASE_URL}", authentication = @PactBrokerAuth(token = "${PACT_BROKER_TOKEN:}"))
@EnabledIfEnvironmentVariable(named = "PACT_BROKER_BASE_URL", matches = ".+")
class BrokerProviderVerificationTest extends ProviderContract {
    private static StubServer server;

    @BeforeAll
    static void startStubAndPublish() {
        // Results go back to the broker under pact.provider.version (the project version, see the pom).
        System.setProperty("pact.verifier.publishResults", "true");
        server = StubProviderVerificationTest.startedStub();
    }

    @AfterAll
    static void stopStub() {
        System.clearProperty("pact.verifier.publishResults");
        server.close();
    }

    @Override
    protected TestTarget target() {
        return new DevTokenTarget(server.uri());
    }

    @Override
    protected Map<String, Object> applyState(String state, Map<String, Object> params, boolean setup) {
        return ProviderStates.apply(StubProviderVerificationTest.ENGINE, state, params, setup);
    }
}
