package dev.expcenter.bench;

import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentQuery;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.Page;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one list page ({@code take=25}) at 1 thousand, 100 thousand and 1 million stored
 * experiments: the first page, a page from a cursor in the middle ({@code from}), and the first page
 * with a filter every experiment matches. Target: the 1M figure within 2x of the 1k figure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ListBenchmark {
    @Param({"1000", "100000", "1000000"})
    public int experiments;

    private ExperimentCenter engine;
    private ExperimentQuery first;
    private ExperimentQuery middle;
    private ExperimentQuery filtered;

    @Setup
    public void setUp() {
        engine = Fixtures.engine(experiments, ExperimentStatus.PAUSED);
        first = new ExperimentQuery(null, null, null, null, 25);
        middle = new ExperimentQuery(null, null, null, Fixtures.experimentId(experiments / 2), 25);
        filtered = new ExperimentQuery(ExperimentStatus.PAUSED, null, null, null, 25);
    }

    @Benchmark
    public Page<Experiment> firstPage() {
        return engine.listExperiments(first);
    }

    @Benchmark
    public Page<Experiment> middlePage() {
        return engine.listExperiments(middle);
    }

    @Benchmark
    public Page<Experiment> filteredFirstPage() {
        return engine.listExperiments(filtered);
    }
}
