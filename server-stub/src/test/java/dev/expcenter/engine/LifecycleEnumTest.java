package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.engine.TransitionTables.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleEnumTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("dev.expcenter.engine.TransitionTables#experiments")
    void experimentStatusShouldAllowExactlyTheTableMoves(ExperimentStatus from, ExperimentStatus to, Outcome outcome) {
        assertThat(from.canMoveTo(to)).isEqualTo(outcome == Outcome.ALLOWED);
        assertThat(from.allowedNext().contains(to)).isEqualTo(outcome == Outcome.ALLOWED);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("dev.expcenter.engine.TransitionTables#flags")
    void flagStatusShouldAllowExactlyTheTableMoves(FlagStatus from, FlagStatus to, Outcome outcome) {
        assertThat(from.canMoveTo(to)).isEqualTo(outcome == Outcome.ALLOWED);
    }

    @Test
    void terminalStatusesShouldBeArchivedOnly() {
        assertThat(ExperimentStatus.values()).filteredOn(ExperimentStatus::isTerminal)
                .containsExactly(ExperimentStatus.ARCHIVED);
        assertThat(FlagStatus.values()).filteredOn(FlagStatus::isTerminal).containsExactly(FlagStatus.ARCHIVED);
    }

    @ParameterizedTest
    @EnumSource(ExperimentStatus.class)
    void experimentStatusWireShouldRoundTrip(ExperimentStatus status) {
        assertThat(ExperimentStatus.fromWire(status.wire())).isSameAs(status);
        assertThat(status.wire()).isEqualTo(status.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void wireValuesShouldRoundTripForEveryEnum() {
        for (FlagStatus s : FlagStatus.values()) {
            assertThat(FlagStatus.fromWire(s.wire())).isSameAs(s);
        }
        for (AllocationStrategy s : AllocationStrategy.values()) {
            assertThat(AllocationStrategy.fromWire(s.wire())).isSameAs(s);
        }
        for (OwnerType s : OwnerType.values()) {
            assertThat(OwnerType.fromWire(s.wire())).isSameAs(s);
        }
    }

    @Test
    void fromWireShouldRejectUnknownAndUpperCaseValues() {
        assertThatThrownBy(() -> ExperimentStatus.fromWire("ACTIVE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExperimentStatus.fromWire("running")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlagStatus.fromWire(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
