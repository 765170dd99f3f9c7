package dev.expcenter.contracts.provider;

import static dev.expcenter.stub.states.ProviderStateNames.ACTIVE_FLAG_WITH_VARIATIONS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.ANOTHER_EXPERIMENT_IS_ACTIVE;
import static dev.expcenter.stub.states.ProviderStateNames.AUTH0_FLAG_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.AUTH0_SEGMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENTS_EXIST;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_FAILING_READINESS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_IN_EACH_STATUS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.NO_EXPERIMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.RECORDS_EXIST;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies pacts against one running provider. A subclass names the provider and the pact source
 * ({@code @Provider}, {@code @PactFolder} or {@code @PactBroker}), starts the server, and says where
 * it is ({@link #target()}) and how a provider state is applied ({@link #applyState}); the state
 * handlers and the test itself are shared, so the stub and the mock answer the same interactions
 * through the same states.
 */
abstract class ProviderContract {

    /** Where the provider under test listens; usually a {@link DevTokenTarget}. */
    protected abstract TestTarget target();

    /** Sets up ({@code setup}) or tears down a catalogue state; returns the values used for injection. */
    protected abstract Map<String, Object> applyState(String state, Map<String, Object> params, boolean setup);

    @BeforeEach
    void pointAtProvider(PactVerificationContext context) {
        context.setTarget(target());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    // One handler per catalogue state: pact-jvm tells a handler its params, not the state's name.

    @State(EXPERIMENT_EXISTS)
    public Map<String, Object> experimentExists(Map<String, Object> params) {
        return applyState(EXPERIMENT_EXISTS, params, true);
    }

    @State(EXPERIMENT_FAILING_READINESS_EXISTS)
    public Map<String, Object> experimentFailingReadinessExists(Map<String, Object> params) {
        return applyState(EXPERIMENT_FAILING_READINESS_EXISTS, params, true);
    }

    @State(ANOTHER_EXPERIMENT_IS_ACTIVE)
    public Map<String, Object> anotherExperimentIsActive(Map<String, Object> params) {
        return applyState(ANOTHER_EXPERIMENT_IS_ACTIVE, params, true);
    }

    @State(NO_EXPERIMENT_EXISTS)
    public Map<String, Object> noExperimentExists(Map<String, Object> params) {
        return applyState(NO_EXPERIMENT_EXISTS, params, true);
    }

    @State(EXPERIMENTS_EXIST)
    public Map<String, Object> experimentsExist(Map<String, Object> params) {
        return applyState(EXPERIMENTS_EXIST, params, true);
    }

    @State(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS)
    public Map<String, Object> activeFlagWithVariationsExists(Map<String, Object> params) {
        return applyState(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, params, true);
    }

    @State(EXPERIMENT_IN_EACH_STATUS_EXISTS)
    public Map<String, Object> experimentInEachStatusExists(Map<String, Object> params) {
        return applyState(EXPERIMENT_IN_EACH_STATUS_EXISTS, params, true);
    }

    @State(AUTH0_FLAG_EXISTS)
    public Map<String, Object> auth0FlagExists(Map<String, Object> params) {
        return applyState(AUTH0_FLAG_EXISTS, params, true);
    }

    @State(AUTH0_SEGMENT_EXISTS)
    public Map<String, Object> auth0SegmentExists(Map<String, Object> params) {
        return applyState(AUTH0_SEGMENT_EXISTS, params, true);
    }

    @State(RECORDS_EXIST)
    public Map<String, Object> recordsExist(Map<String, Object> params) {
        return applyState(RECORDS_EXIST, params, true);
    }

    /** Every state tears down the same way: an empty tenant. */
    @State(value = {EXPERIMENT_EXISTS, EXPERIMENT_FAILING_READINESS_EXISTS, ANOTHER_EXPERIMENT_IS_ACTIVE,
            NO_EXPERIMENT_EXISTS, EXPERIMENTS_EXIST, ACTIVE_FLAG_WITH_VARIATIONS_EXISTS,
            EXPERIMENT_IN_EACH_STATUS_EXISTS, AUTH0_FLAG_EXISTS, AUTH0_SEGMENT_EXISTS, RECORDS_EXIST},
            action = StateChangeAction.TEARDOWN)
    public void tearDown() {
        applyState(NO_EXPERIMENT_EXISTS, Map.of(), false);
    }
}
