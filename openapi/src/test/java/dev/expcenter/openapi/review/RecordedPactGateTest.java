package dev.expcenter.openapi.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.openapi.review.SpecReview.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed pact recorded from a mock session ({@code contract-tests/pacts/experiment-builder-expcenter.json})
 * puts its consumer among those the gate names: removing {@code started_at} from the experiment breaks it.
 */
class RecordedPactGateTest {
    private static final Path SPEC = Path.of("openapi.yaml");
    private static final Path PACTS = Path.of("../contract-tests/pacts");
    private static final String STARTED_AT = """
                    started_at:
                      type: string
                      format: date-time
                      description: When the experiment was first activated.
            """;

    @Test
    void removingStartedAtShouldNameTheRecordedConsumer(@TempDir Path tmp) throws IOException {
        String spec = Files.readString(SPEC);
        assertThat(spec).as("the Experiment schema's started_at, as the spec has it").contains(STARTED_AT);
        Path edited = Files.writeString(tmp.resolve("openapi.yaml"), spec.replace(STARTED_AT, ""));

        Result r = SpecReview.review(edited, SPEC, PACTS);

        SpecChange status = Fixtures.only(r.breaking(), "POST", "/experimentation/experiments/{id}/status", "`started_at`");
        assertThat(r.consumersOf(status)).contains(
                "consumer `experiment-builder`, interaction \"updateExperimentStatus from draft to active: 200\""
                        + " reads `started_at` (in its 200 response)",
                "consumer `experiment-builder`, interaction \"updateExperimentStatus from completed to archived: 200\""
                        + " reads `started_at` (in its 200 response)");
        assertThat(r.failureMessage()).contains("breaks consumer `experiment-builder`");
    }
}
