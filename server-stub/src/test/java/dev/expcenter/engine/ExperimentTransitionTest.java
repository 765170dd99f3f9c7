package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.engine.TransitionTables.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentTransitionTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("dev.expcenter.engine.TransitionTables#experiments")
    void statusShouldFollowTheTransitionTable(ExperimentStatus from, ExperimentStatus to, Outcome outcome) {
        Experiment before = tenant.experimentIn(from);
        tenant.clock.advance(java.time.Duration.ofSeconds(1));

        switch (outcome) {
            case SAME -> {
                Transition<Experiment> result = engine.transitionExperiment(before.id(), to);
                assertThat(result).isEqualTo(new Transition.Unchanged<>(before));
            }
            case ALLOWED -> {
                Transition<Experiment> result = engine.transitionExperiment(before.id(), to);
                assertThat(result).isInstanceOf(Transition.Transitioned.class);
                if (!(result instanceof Transition.Transitioned<Experiment> moved)) {
                    return;
                }
                assertThat(moved.before()).isEqualTo(before);
                assertThat(moved.after().status()).isEqualTo(to);
                assertThat(moved.after().updatedAt()).isAfter(before.updatedAt());
            }
            case FORBIDDEN -> {
                EngineException e = failure(() -> engine.transitionExperiment(before.id(), to));
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
                assertThat(status(e)).isEqualTo(400);
                assertThat(message(e)).startsWith(from == ExperimentStatus.COMPLETED && to == ExperimentStatus.ACTIVE
                        ? "Completed experiments cannot be reactivated." : "Status transition is not allowed.");
            }
        }
        Experiment after = engine.getExperiment(before.id());
        assertThat(after.status()).isEqualTo(outcome == Outcome.ALLOWED ? to : from);
        if (outcome != Outcome.ALLOWED) {
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void statusShouldReturnBadRequestWhenCompletedToActive() {
        Experiment e = tenant.experimentIn(ExperimentStatus.COMPLETED);

        EngineException error = failure(() -> engine.transitionExperiment(e.id(), ExperimentStatus.ACTIVE));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        assertThat(status(error)).isEqualTo(400);
        assertThat(message(error)).isEqualTo("Completed experiments cannot be reactivated.");
    }

    @Test
    void statusShouldAnswerAuth0sTextThenTheAllowedTargets() {
        Experiment e = tenant.experimentIn(ExperimentStatus.DRAFT);

        EngineException error = failure(() -> engine.transitionExperiment(e.id(), ExperimentStatus.PAUSED));

        assertThat(status(error)).isEqualTo(400);
        assertThat(message(error)).isEqualTo(
                "Status transition is not allowed. Cannot move from 'draft' to 'paused'; allowed: active, archived.");
    }

    @Test
    void statusShouldNameNoAllowedTargetWhenArchived() {
        Experiment e = tenant.experimentIn(ExperimentStatus.ARCHIVED);

        EngineException error = failure(() -> engine.transitionExperiment(e.id(), ExperimentStatus.PAUSED));

        assertThat(message(error)).isEqualTo(
                "Status transition is not allowed. Cannot move from 'archived' to 'paused'; allowed: none.");
    }

    @Test
    void statusShouldListEveryAllowedTargetWhenPausedToDraft() {
        Experiment e = tenant.experimentIn(ExperimentStatus.PAUSED);

        EngineException error = failure(() -> engine.transitionExperiment(e.id(), ExperimentStatus.DRAFT));

        assertThat(message(error)).endsWith("from 'paused' to 'draft'; allowed: active, completed, archived.");
    }

    @Test
    void statusShouldReturnNotFoundWhenExperimentIsMissing() {
        EngineException error = failure(() -> engine.transitionExperiment("exp_missing", ExperimentStatus.ACTIVE));

        assertThat(error.code()).isEqualTo(ErrorCode.INEXISTENT_EXPERIMENT);
        assertThat(status(error)).isEqualTo(404);
        assertThat(message(error)).isEqualTo("Experiment not found.");
    }

    @Test
    void statusShouldRunTheFullLifecycleOfTheCliIntegrationTest() {
        Experiment e = tenant.readyExperiment();
        for (ExperimentStatus step : new ExperimentStatus[] {ExperimentStatus.ACTIVE, ExperimentStatus.PAUSED,
                ExperimentStatus.ACTIVE, ExperimentStatus.COMPLETED, ExperimentStatus.ARCHIVED}) {
            assertThat(engine.transitionExperiment(e.id(), step).result().status()).isEqualTo(step);
        }
    }
}
