package dev.expcenter.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The lifecycle tables of the spec (updateExperimentStatus, updateFeatureFlagStatus), every from by every target. */
final class TransitionTables {
    enum Outcome { SAME, ALLOWED, FORBIDDEN }

    private static final String EXPERIMENTS = """
            from      | draft     | active    | paused    | completed | archived
            DRAFT     | SAME      | ALLOWED   | FORBIDDEN | FORBIDDEN | ALLOWED
            ACTIVE    | FORBIDDEN | SAME      | ALLOWED   | ALLOWED   | FORBIDDEN
            PAUSED    | FORBIDDEN | ALLOWED   | SAME      | ALLOWED   | ALLOWED
            COMPLETED | FORBIDDEN | FORBIDDEN | FORBIDDEN | SAME      | ALLOWED
            ARCHIVED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN | SAME
            """;

    private static final String FLAGS = """
            from     | draft     | active    | archived
            DRAFT    | SAME      | ALLOWED   | ALLOWED
            ACTIVE   | FORBIDDEN | SAME      | ALLOWED
            ARCHIVED | FORBIDDEN | FORBIDDEN | SAME
            """;

    private TransitionTables() {
    }

    static Stream<Arguments> experiments() {
        return parse(EXPERIMENTS, ExperimentStatus::valueOf);
    }

    static Stream<Arguments> flags() {
        return parse(FLAGS, FlagStatus::valueOf);
    }

    private static Stream<Arguments> parse(String table, java.util.function.Function<String, ?> status) {
        String[] rows = table.strip().split("\n");
        String[] targets = cells(rows[0]);
        return Arrays.stream(rows).skip(1).flatMap(row -> {
            String[] cells = cells(row);
            return java.util.stream.IntStream.range(1, cells.length).mapToObj(i -> Arguments.of(
                    status.apply(cells[0]), status.apply(targets[i].toUpperCase(java.util.Locale.ROOT)),
                    Outcome.valueOf(cells[i])));
        });
    }

    private static String[] cells(String row) {
        return Arrays.stream(row.split("\\|")).map(String::strip).toArray(String[]::new);
    }
}
