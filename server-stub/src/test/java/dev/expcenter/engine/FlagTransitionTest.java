package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.engine.TransitionTables.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlagTransitionTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("dev.expcenter.engine.TransitionTables#flags")
    void flagStatusShouldFollowTheTransitionTable(FlagStatus from, FlagStatus to, Outcome outcome) {
        FeatureFlag before = tenant.flagIn(from);
        tenant.clock.advance(Duration.ofSeconds(1));

        switch (outcome) {
            case SAME -> assertThat(engine.transitionFlag(before.id(), to)).isEqualTo(new Transition.Unchanged<>(before));
            case ALLOWED -> {
                Transition<FeatureFlag> result = engine.transitionFlag(before.id(), to);
                assertThat(result).isEqualTo(new Transition.Transitioned<>(before, result.result()));
                assertThat(result.result().status()).isEqualTo(to);
                assertThat(result.result().updatedAt()).isAfter(before.updatedAt());
            }
            case FORBIDDEN -> {
                EngineException e = failure(() -> engine.transitionFlag(before.id(), to));
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
                assertThat(status(e)).isEqualTo(400);
                assertThat(message(e)).startsWith("Status transition is not allowed. Cannot move from '"
                        + from.wire() + "' to '" + to.wire() + "'; allowed: ");
            }
        }
        FeatureFlag after = engine.getFlag(before.id());
        assertThat(after.status()).isEqualTo(outcome == Outcome.ALLOWED ? to : from);
        if (outcome != Outcome.ALLOWED) {
            assertThat(after).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void flagStatusShouldReturnBadRequestWhenActivatingWithFewerThanTwoVariations(int variations) {
        FeatureFlag flag = tenant.draftFlag(variations);

        EngineException e = failure(() -> engine.transitionFlag(flag.id(), FlagStatus.ACTIVE));

        assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_INSUFFICIENT_VARIATIONS);
        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e)).isEqualTo("Feature flag must have at least 2 variations to be activated. It has "
                + variations + ".");
        assertThat(engine.getFlag(flag.id()).status()).isEqualTo(FlagStatus.DRAFT);
    }

    @Test
    void flagStatusShouldReturnBadRequestWhenArchivedToActive() {
        FeatureFlag flag = tenant.flagIn(FlagStatus.ARCHIVED);

        EngineException e = failure(() -> engine.transitionFlag(flag.id(), FlagStatus.ACTIVE));

        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e)).isEqualTo(
                "Status transition is not allowed. Cannot move from 'archived' to 'active'; allowed: none.");
    }

    @Test
    void flagStatusShouldReturnNotFoundWhenFlagIsMissing() {
        EngineException e = failure(() -> engine.transitionFlag("flg_missing", FlagStatus.ACTIVE));

        assertThat(e.code()).isEqualTo(ErrorCode.INEXISTENT_FEATURE_FLAG);
        assertThat(status(e)).isEqualTo(404);
        assertThat(message(e)).isEqualTo("Feature flag not found.");
    }
}
