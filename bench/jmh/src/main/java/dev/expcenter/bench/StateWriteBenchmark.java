package dev.expcenter.bench;

import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentPatch;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.server.ApiResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One acknowledged write with {@code --state-file} (issue 15): an experiment's description edited
 * through {@link ExperimentCenter#updateExperiment} on an engine listening to a {@link StateDatabase},
 * so each call is the engine's write plus its committed SQLite transaction (WAL, synchronous=FULL:
 * an fsync per write), at 100, 10,000 and 100,000 stored experiments. Every write differs (a new
 * description each time, round robin over all the experiments), so nothing is a no-op. Sample time:
 * the median and p99 of single writes. The file lives in {@code java.io.tmpdir} (set
 * {@code -Djava.io.tmpdir} to measure another disk).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StateWriteBenchmark {
    @Param({"100", "10000", "100000"})
    public int experiments;

    private Path dir;
    private StateDatabase database;
    private ExperimentCenter engine;
    private long writes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("expcenter-state-bench");
        database = StateDatabase.open(dir.resolve("state.db"), Fixtures.state(experiments, ExperimentStatus.DRAFT),
                ApiResources.stateFile());
        engine = database.engine();
    }

    @Benchmark
    public Experiment write() {
        long n = writes++;
        return engine.updateExperiment(Fixtures.experimentId((int) (n % experiments)),
                new ExperimentPatch(null, Optional.of("Edit " + n), null, null));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
