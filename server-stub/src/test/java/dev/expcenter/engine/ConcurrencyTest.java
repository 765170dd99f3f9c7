package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    private static final int THREADS = 16;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Runs every task at once behind a start gate and returns their results. */
    private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                gate.await();
                return task.call();
            }));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(20, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void ofManyExperimentsActivatedAtOnceExactlyOneShouldSucceed() throws Exception {
        for (int round = 0; round < 50; round++) {
            Tenant tenant = new Tenant();
            FeatureFlag flag = tenant.activeFlag();
            List<Callable<ErrorCode>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String id = tenant.percentageExperiment(flag, tenant.fiftyFifty(flag)).id();
                tasks.add(() -> {
                    try {
                        tenant.engine.transitionExperiment(id, ExperimentStatus.ACTIVE);
                        return null;
                    } catch (EngineException e) {
                        return e.code();
                    }
                });
            }

            List<ErrorCode> outcomes = race(tasks);

            assertThat(outcomes).filteredOn(java.util.Objects::isNull).hasSize(1);
            assertThat(outcomes).filteredOn(java.util.Objects::nonNull)
                    .containsOnly(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED);
            assertThat(tenant.engine.listExperiments(new ExperimentQuery(ExperimentStatus.ACTIVE, null, null, null,
                    50)).items()).hasSize(1);
        }
    }

    @Test
    void ofManyCreatesOfOneNameExactlyOneShouldSucceedForEveryKind() throws Exception {
        for (int round = 0; round < 20; round++) {
            Tenant tenant = new Tenant();
            FeatureFlag flag = tenant.activeFlag();
            List<java.util.function.Supplier<Object>> creates = List.of(
                    () -> tenant.engine.createFlag(new NewFlag("Same", null, null)),
                    () -> tenant.engine.createSegment(new NewSegment("Same", null, null)),
                    () -> tenant.engine.createVariation(flag.id(), new NewVariation("Same", null, null)),
                    () -> tenant.engine.createExperiment(new NewExperiment("Same", null, flag.id(), "login",
                            AllocationStrategy.PERCENTAGE, null, tenant.fiftyFifty(flag))),
                    // A rename races with the creates of the name too.
                    () -> tenant.engine.updateFlag(flag.id(), new FlagPatch("Same", null, null)));
            List<Callable<ErrorCode>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS * creates.size(); i++) {
                java.util.function.Supplier<Object> create = creates.get(i % creates.size());
                tasks.add(() -> {
                    try {
                        create.get();
                        return null;
                    } catch (EngineException e) {
                        return e.code();
                    }
                });
            }

            List<ErrorCode> outcomes = race(tasks);

            EngineState state = tenant.engine.snapshot();
            assertThat(state.featureFlags()).filteredOn(f -> f.name().equals("Same")).hasSize(1);
            assertThat(state.segments()).filteredOn(s -> s.name().equals("Same")).hasSize(1);
            assertThat(state.variations()).filteredOn(v -> v.name().equals("Same")).hasSize(1);
            assertThat(state.experiments()).filteredOn(e -> e.name().equals("Same")).hasSize(1);
            // One flag create or the rename won; the rename repeated by its own winner is a no-op, not a conflict.
            assertThat(outcomes).filteredOn(java.util.Objects::nonNull).containsOnly(ErrorCode.FEATURE_FLAG_EXISTS,
                    ErrorCode.SEGMENT_EXISTS, ErrorCode.VARIATION_EXISTS, ErrorCode.EXPERIMENT_EXISTS);
            assertThat(outcomes).filteredOn(c -> c == ErrorCode.SEGMENT_EXISTS).hasSize(THREADS - 1);
            assertThat(outcomes).filteredOn(c -> c == ErrorCode.VARIATION_EXISTS).hasSize(THREADS - 1);
            assertThat(outcomes).filteredOn(c -> c == ErrorCode.EXPERIMENT_EXISTS).hasSize(THREADS - 1);
        }
    }

    @Test
    void acknowledgedTransitionsOfOneExperimentShouldFormOneSerialHistory() throws Exception {
        Tenant tenant = new Tenant();
        // Every reading of the clock moves it, and the engine reads it only inside its write lock, so
        // updated_at orders the acknowledged writes exactly as the lock did.
        tenant.clock.tickEveryReading(Duration.ofMillis(1));
        Experiment start = tenant.readyExperiment();
        ConcurrentLinkedQueue<Transition.Transitioned<Experiment>> acknowledged = new ConcurrentLinkedQueue<>();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 300; i++) {
                    int roll = random.nextInt(1000);
                    ExperimentStatus target = roll < 2 ? ExperimentStatus.COMPLETED
                            : roll < 3 ? ExperimentStatus.ARCHIVED
                            : roll < 500 ? ExperimentStatus.ACTIVE : ExperimentStatus.PAUSED;
                    try {
                        if (tenant.engine.transitionExperiment(start.id(), target)
                                instanceof Transition.Transitioned<Experiment> moved) {
                            acknowledged.add(moved);
                        }
                    } catch (EngineException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
                    }
                }
                return 0;
            });
        }

        race(tasks);

        List<Transition.Transitioned<Experiment>> history = new ArrayList<>(acknowledged);
        history.sort(Comparator.comparing(m -> m.after().updatedAt()));
        assertThat(history).isNotEmpty();
        Experiment previous = start;
        for (Transition.Transitioned<Experiment> step : history) {
            assertThat(step.before()).isEqualTo(previous);
            assertThat(step.before().status().canMoveTo(step.after().status())).isTrue();
            previous = step.after();
        }
        Experiment last = tenant.engine.getExperiment(start.id());
        assertThat(last).isEqualTo(previous);
        assertThat(last.startedAt()).isNotNull();
        assertThat(tenant.engine.listExperiments(new ExperimentQuery(ExperimentStatus.ACTIVE, null, null, null, null))
                .items().size()).isEqualTo(last.status() == ExperimentStatus.ACTIVE ? 1 : 0);
    }

    @Test
    void concurrentWritersShouldNeverLoseAnAcknowledgedChange() throws Exception {
        Tenant tenant = new Tenant();
        FeatureFlag flag = tenant.draftFlag(0);
        ConcurrentLinkedQueue<String> variations = new ConcurrentLinkedQueue<>();
        List<String> experiments = new ArrayList<>();
        FeatureFlag active = tenant.activeFlag();
        for (int t = 0; t < THREADS; t++) {
            experiments.add(tenant.percentageExperiment(active, tenant.fiftyFifty(active)).id());
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String mine = experiments.get(t);
            int thread = t;
            tasks.add(() -> {
                String lastName = null;
                for (int i = 0; i < 100; i++) {
                    // Sixteen threads race for the flag's twenty variation slots.
                    if (i < 5) {
                        try {
                            variations.add(tenant.engine.createVariation(flag.id(),
                                    new NewVariation("t" + thread + "-" + i, null, null)).id());
                        } catch (EngineException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_FLAG_VARIATION_LIMIT);
                        }
                    }
                    tenant.engine.createSegment(new NewSegment("t" + thread + "-" + i, null, null));
                    lastName = "name-" + thread + "-" + i;
                    tenant.engine.updateExperiment(mine, new ExperimentPatch(lastName, null, null, null));
                }
                return lastName;
            });
        }

        List<String> lastNames = race(tasks);

        assertThat(tenant.engine.listVariations(flag.id())).extracting(Variation::id)
                .containsExactlyInAnyOrderElementsOf(variations).hasSize(Limits.MAX_VARIATIONS_PER_FLAG);
        EngineState state = tenant.engine.snapshot();
        assertThat(state.segments()).hasSize(THREADS * 100);
        for (int t = 0; t < THREADS; t++) {
            assertThat(tenant.engine.getExperiment(experiments.get(t)).name()).isEqualTo(lastNames.get(t));
        }
    }
}
