package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine reports each committed write as change events, under its lock and in order; a listener
 * that refuses a write leaves the engine as if the write had never been asked for, indexes included.
 */
class ChangeEventsTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    /** Keeps what it hears; refuses writes while {@code refuse} is set. */
    private static final class Recorder implements ChangeListener {
        final List<List<Change>> writes = new ArrayList<>();
        final List<EngineState> replacements = new ArrayList<>();
        volatile boolean refuse;

        @Override
        public void committed(List<Change> changes) {
            if (refuse) {
                throw new IllegalStateException("disk full");
            }
            writes.add(changes);
        }

        @Override
        public void replaced(EngineState state) {
            if (refuse) {
                throw new IllegalStateException("disk full");
            }
            replacements.add(state);
        }
    }

    private final Recorder recorder = new Recorder();

    @Test
    void eachWriteShouldReportWhatItChangedAndNoOpsNothing() {
        engine.listen(recorder);
        FeatureFlag flag = tenant.draftFlag(2);
        // The flag, then its two variations: one write each.
        assertThat(recorder.writes).hasSize(3);
        assertThat(recorder.writes.get(0)).containsExactly(new Change(IdKind.FEATURE_FLAG, flag.id(), flag));
        assertThat(recorder.writes.get(1)).singleElement().extracting(Change::kind).isEqualTo(IdKind.VARIATION);

        engine.updateFlag(flag.id(), new FlagPatch(flag.name(), null, null));
        engine.transitionFlag(flag.id(), FlagStatus.DRAFT);
        assertThatThrownBy(() -> engine.updateFlag("flg_none", new FlagPatch("x", null, null)))
                .isInstanceOf(EngineException.class);
        assertThat(recorder.writes).as("no-ops and refused writes report nothing").hasSize(3);

        FeatureFlag other = tenant.draftFlag(0);
        recorder.writes.clear();
        engine.deleteFlag(other.id());
        assertThat(recorder.writes).singleElement().isEqualTo(List.of(new Change(IdKind.FEATURE_FLAG, other.id(), null)));
        assertThat(recorder.writes.get(0).get(0).removed()).isTrue();
    }

    @Test
    void deletingAFlagShouldReportItsVariationsAndItInOneWrite() {
        FeatureFlag flag = tenant.draftFlag(2);
        List<String> variations = tenant.variationIds(flag);
        engine.listen(recorder);
        engine.deleteFlag(flag.id());
        assertThat(recorder.writes).singleElement().isEqualTo(List.of(
                new Change(IdKind.VARIATION, variations.get(0), null),
                new Change(IdKind.VARIATION, variations.get(1), null),
                new Change(IdKind.FEATURE_FLAG, flag.id(), null)));
    }

    @Test
    void aRefusedWriteShouldChangeNothingIndexesIncluded() {
        FeatureFlag flag = tenant.draftFlag(3);
        List<String> variations = tenant.variationIds(flag);
        Experiment ready = tenant.readyExperiment();
        Experiment other = tenant.readyExperiment();
        EngineState before = engine.snapshot();
        engine.listen(recorder);
        recorder.refuse = true;

        assertThatThrownBy(() -> engine.deleteFlag(flag.id())).hasMessage("disk full");
        assertThatThrownBy(() -> engine.deleteVariation(flag.id(), variations.get(1))).hasMessage("disk full");
        assertThatThrownBy(() -> engine.createFlag(new NewFlag("Refused", null, null))).hasMessage("disk full");
        assertThatThrownBy(() -> engine.updateFlag(flag.id(), new FlagPatch("Renamed", null, null)))
                .hasMessage("disk full");
        assertThatThrownBy(() -> engine.transitionExperiment(ready.id(), ExperimentStatus.ACTIVE))
                .hasMessage("disk full");
        assertThatThrownBy(() -> engine.deleteExperiment(other.id())).hasMessage("disk full");
        assertThatThrownBy(() -> engine.replace(EngineState.empty())).hasMessage("disk full");
        assertThat(engine.snapshot()).isEqualTo(before);

        recorder.refuse = false;
        // Variations back in their places, in creation order; names free and taken as before.
        assertThat(tenant.variationIds(flag)).isEqualTo(variations);
        assertThat(engine.createFlag(new NewFlag("Refused", null, null)).name()).isEqualTo("Refused");
        assertThatThrownBy(() -> engine.createFlag(new NewFlag(flag.name(), null, null)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.rule()).isEqualTo(Rule.FLAG_NAME_TAKEN));
        assertThat(engine.createFlag(new NewFlag("Renamed", null, null)).name()).isEqualTo("Renamed");
        // No active experiment was left behind by the refused activation: the other one can start.
        assertThat(engine.transitionExperiment(other.id(), ExperimentStatus.ACTIVE).result().status())
                .isEqualTo(ExperimentStatus.ACTIVE);

        // And a refused pause leaves it active: the first still cannot start.
        recorder.refuse = true;
        assertThatThrownBy(() -> engine.transitionExperiment(other.id(), ExperimentStatus.PAUSED))
                .hasMessage("disk full");
        recorder.refuse = false;
        assertThat(engine.getExperiment(other.id()).status()).isEqualTo(ExperimentStatus.ACTIVE);
        assertThatThrownBy(() -> engine.transitionExperiment(ready.id(), ExperimentStatus.ACTIVE))
                .isInstanceOf(EngineException.class);
    }

    @Test
    void aReplacementShouldBeHeardAndKeepTheListener() {
        engine.listen(recorder);
        tenant.draftFlag(1);
        EngineState state = engine.snapshot();
        engine.replace(EngineState.empty());
        assertThat(recorder.replacements).containsExactly(EngineState.empty());
        recorder.writes.clear();
        engine.replace(state);
        FeatureFlag after = engine.createFlag(new NewFlag("After", null, null));
        assertThat(recorder.writes).singleElement().isEqualTo(List.of(new Change(IdKind.FEATURE_FLAG, after.id(), after)));
    }

    /**
     * A copy kept only from the events, under concurrent writers and replacements, ends equal to the
     * engine: nothing committed goes unheard, nothing is heard out of order, no write lands in a
     * replaced state.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCopyFedByTheEventsShouldEndEqualToTheEngine() throws Exception {
        ExperimentCenter shared = ExperimentCenter.create();
        Map<String, Object> copy = new HashMap<>();
        shared.listen(new ChangeListener() {
            @Override
            public void committed(List<Change> changes) {
                for (Change c : changes) {
                    if (c.removed()) {
                        copy.remove(c.id());
                    } else {
                        copy.put(c.id(), c.entity());
                    }
                }
            }

            @Override
            public void replaced(EngineState state) {
                copy.clear();
                all(state).forEach(e -> copy.put(idOf(e), e));
            }
        });
        EngineState seed = shared.snapshot();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<String, Boolean> created = new ConcurrentHashMap<>();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                for (int i = 0; i < 400; i++) {
                    FeatureFlag f = shared.createFlag(new NewFlag("f" + thread + "-" + i, null, null));
                    created.put(f.id(), true);
                    try {
                        shared.updateFlag(f.id(), new FlagPatch(null, java.util.Optional.of("edited " + i), null));
                        if (i % 3 == 0) {
                            shared.deleteFlag(f.id());
                        }
                    } catch (EngineException gone) {
                        // replaced meanwhile: the flag went with the old state
                    }
                }
                return null;
            }));
        }
        running.add(pool.submit(() -> {
            for (int i = 0; i < 20; i++) {
                shared.replace(seed);
                Thread.sleep(2);
            }
            return null;
        }));
        for (Future<?> f : running) {
            f.get(50, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Map<String, Object> engineState = new HashMap<>();
        all(shared.snapshot()).forEach(e -> engineState.put(idOf(e), e));
        assertThat(created).isNotEmpty();
        assertThat(copy).isEqualTo(engineState);
    }

    private static List<Object> all(EngineState state) {
        List<Object> all = new ArrayList<>();
        all.addAll(state.featureFlags());
        all.addAll(state.variations());
        all.addAll(state.segments());
        all.addAll(state.experiments());
        return all;
    }

    private static String idOf(Object entity) {
        if (entity instanceof FeatureFlag f) {
            return f.id();
        } else if (entity instanceof Variation v) {
            return v.id();
        } else if (entity instanceof Segment s) {
            return s.id();
        }
        return ((Experiment) entity).id();
    }
}
