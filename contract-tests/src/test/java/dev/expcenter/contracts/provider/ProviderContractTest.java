package dev.expcenter.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.expcenter.stub.states.ProviderStateNames;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ProviderContract} has a handler for every catalogue state, set up and torn down: a state
 * added to {@link ProviderStateNames} without one would fail only the pacts that name it, and only
 * in pact-jvm (the mock's admin endpoint knows every state).
 */
class ProviderContractTest {

    @ParameterizedTest
    @EnumSource(value = StateChangeAction.class, names = {"SETUP", "TEARDOWN"})
    void everyCatalogueStateShouldHaveAHandler(StateChangeAction action) {
        List<String> handled = Arrays.stream(ProviderContract.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(State.class))
                .filter(s -> s != null && s.action() == action)
                .flatMap(s -> Arrays.stream(s.value()))
                .toList();

        assertThat(handled).as("%s handlers", action).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ProviderStateNames.ALL);
    }

    @Test
    void everySetupHandlerShouldApplyTheStateItIsNamedFor() throws ReflectiveOperationException {
        // A copy-paste slip in a handler's one-line body would set up another state's world.
        List<String> applied = new ArrayList<>();
        ProviderContract recording = new ProviderContract() {
            @Override
            protected TestTarget target() {
                throw new UnsupportedOperationException();
            }

            @Override
            protected Map<String, Object> applyState(String state, Map<String, Object> params, boolean setup) {
                applied.add(state);
                assertThat(setup).as(state).isTrue();
                return Map.of();
            }
        };
        for (Method m : ProviderContract.class.getDeclaredMethods()) {
            State s = m.getAnnotation(State.class);
            if (s != null && s.action() == StateChangeAction.SETUP) {
                applied.clear();
                m.invoke(recording, Map.of());
                assertThat(applied).as(m.getName()).containsExactly(s.value());
            }
        }
    }
}
