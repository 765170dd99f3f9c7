package dev.expcenter.bench;

import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.server.ApiResources;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -cp benchmarks.jar dev.expcenter.bench.StateFileFixture FILE N}: writes a state file
 * (what {@code --state-file} reads) holding {@link Fixtures#state} with {@code N} draft experiments,
 * for the start-up benchmark of a large tenant (bench/startup.sh ... --state-file FILE).
 */
public final class StateFileFixture {
    private StateFileFixture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StateFileFixture FILE EXPERIMENTS");
            System.exit(64);
        }
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        int n = Integer.parseInt(args[1]);
        try (StateDatabase database = StateDatabase.open(file, Fixtures.state(n, ExperimentStatus.DRAFT),
                ApiResources.stateFile())) {
            System.out.printf("%s: %d experiments, %d bytes%n", file, database.state().experiments().size(),
                    Files.size(file));
        }
    }
}
