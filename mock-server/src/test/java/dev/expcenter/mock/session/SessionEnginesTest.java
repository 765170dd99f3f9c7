package dev.expcenter.mock.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.NewFlag;
import dev.expcenter.mock.data.DataSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SessionEnginesTest {
    private final AtomicLong nanos = new AtomicLong();
    private final EngineState initial = DataSet.builtIn().state();
    private final SessionEngines sessions = new SessionEngines(initial, 2, Duration.ofMinutes(30), nanos::get);

    @Test
    void noSessionShouldBeTheDefaultEngineAndANameItsOwn() {
        ExperimentCenter defaultEngine = sessions.select((String) null);

        assertThat(sessions.select((String) null)).isSameAs(defaultEngine);
        assertThat(sessions.select("a")).isNotSameAs(defaultEngine).isSameAs(sessions.select("a"));
        assertThat(sessions.select("a").snapshot()).isEqualTo(initial);
    }

    @Test
    void leastRecentlyUsedSessionShouldGoBeyondTheMaximum() {
        ExperimentCenter a = sessions.select("a");
        sessions.select("b");
        sessions.select("a");
        sessions.select("c");

        assertThat(sessions.names()).containsExactly("a", "c");
        assertThat(sessions.select("a")).isSameAs(a);
    }

    @Test
    void idleSessionsShouldExpire() {
        ExperimentCenter a = sessions.select("a");
        nanos.addAndGet(Duration.ofMinutes(20).toNanos());
        sessions.select("b");
        nanos.addAndGet(Duration.ofMinutes(15).toNanos());

        assertThat(sessions.names()).containsExactly("b");
        assertThat(sessions.select("a")).isNotSameAs(a);
    }

    @Test
    void resetShouldRestoreOneSessionOrAll() {
        sessions.select("a").createFlag(new NewFlag("A", null, Map.of()));
        sessions.select("b").createFlag(new NewFlag("B", null, Map.of()));
        sessions.select((String) null).createFlag(new NewFlag("Default", null, Map.of()));

        sessions.reset("a");
        assertThat(sessions.select("a").snapshot()).isEqualTo(initial);
        assertThat(sessions.select("b").snapshot()).isNotEqualTo(initial);

        sessions.resetAll();
        assertThat(sessions.select((String) null).snapshot()).isEqualTo(initial);
        assertThat(sessions.select("b").snapshot()).isEqualTo(initial);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "ünïcode", "a/b",
            "x12345678901234567890123456789012345678901234567890123456789012345"})
    void invalidNamesShouldBeRefused(String name) {
        assertThatThrownBy(() -> sessions.select(name)).isInstanceOf(InvalidSessionException.class)
                .hasMessageContaining("X-Mock-Session");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "e2e-run_42.chrome", "x1234567890123456789012345678901234567890123456789012345678901"})
    void validNamesShouldBeAccepted(String name) {
        assertThat(sessions.select(name)).isNotNull();
    }
}
