package dev.expcenter.bench;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.Transition;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Status transitions per second through {@link ExperimentCenter#transitionExperiment}, with 1, 2 and 8
 * threads (all writes share the tenant's one lock, so more threads measure its contention).
 *
 * <ul>
 *   <li>{@code one*}: every thread toggles the same experiment {@code active ⇄ paused}. Each call is a
 *       real move (readiness checks on activation, a new record, a table replace) unless another thread
 *       got there first, in which case it is the documented same-status {@code 200}. Never fails: it
 *       is the only experiment ever activated.</li>
 *   <li>{@code many*}: each call asks one of 1,024 paused experiments (round robin per thread) for
 *       {@code paused}: a same-status transition (lock, lookup, {@code Unchanged}). The lifecycle's only
 *       cycle is {@code active ⇄ paused} and at most one experiment per tenant may be active, so no
 *       real move can be repeated forever over many experiments; this is the part of the HTTP status
 *       workload spread over many experiments.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TransitionBenchmark {
    static final int MANY = 1024;

    @State(Scope.Benchmark)
    public static class Engine {
        ExperimentCenter engine;
        String hot;

        @Setup
        public void setUp() {
            engine = Fixtures.engine(MANY, ExperimentStatus.PAUSED);
            hot = Fixtures.experimentId(0);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        boolean activate = true;
        int next;

        @Setup
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 131 % MANY);
        }
    }

    static Transition<?> toggle(Engine e, Cursor c) {
        ExperimentStatus target = c.activate ? ExperimentStatus.ACTIVE : ExperimentStatus.PAUSED;
        c.activate = !c.activate;
        return e.engine.transitionExperiment(e.hot, target);
    }

    static Transition<?> sameStatus(Engine e, Cursor c) {
        int i = c.next;
        c.next = i + 1 == MANY ? 0 : i + 1;
        return e.engine.transitionExperiment(Fixtures.experimentId(i), ExperimentStatus.PAUSED);
    }

    @Benchmark
    @Threads(1)
    public Transition<?> one1Thread(Engine e, Cursor c) {
        return toggle(e, c);
    }

    @Benchmark
    @Threads(2)
    public Transition<?> one2Threads(Engine e, Cursor c) {
        return toggle(e, c);
    }

    @Benchmark
    @Threads(8)
    public Transition<?> one8Threads(Engine e, Cursor c) {
        return toggle(e, c);
    }

    @Benchmark
    @Threads(1)
    public Transition<?> many1Thread(Engine e, Cursor c) {
        return sameStatus(e, c);
    }

    @Benchmark
    @Threads(2)
    public Transition<?> many2Threads(Engine e, Cursor c) {
        return sameStatus(e, c);
    }

    @Benchmark
    @Threads(8)
    public Transition<?> many8Threads(Engine e, Cursor c) {
        return sameStatus(e, c);
    }
}
