package dev.expcenter.stub.data;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.StubConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data files: the API's own shapes in, a clear message naming the file, place and reason when wrong. */
class StateFileTest {
    private static final String FLAG = """
            {"id": "flg_72jbvv7LfRKYp59gtRLtkn", "name": "show_passkey_prompt", "type": "self", "status": "active",
             "parameters": {"show_passkey_prompt": {"type": "boolean", "value": false}},
             "created_at": "2026-11-02T09:00:00Z", "updated_at": "2026-11-02T09:05:00Z"}""";
    private static final String EXPERIMENT = """
            {"id": "exp_9Km3nZ7vQwRx2yDjFs5gCp", "name": "Passkey prompt", "feature_flag_id": "flg_72jbvv7LfRKYp59gtRLtkn",
             "authentication_flow": "pre_authentication", "allocation_strategy": "percentage",
             "assignment_config": {"subject": "device"}, "status": "%s", "is_valid": false, "allocations": [],
             "created_at": "2026-11-02T09:10:00Z", "updated_at": "2026-11-02T09:10:00Z"}""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("data.json"), json);
    }

    @Test
    void aDataFileShouldSeedTheStubsEngine() throws IOException {
        Path file = write("{\"feature_flags\": [" + FLAG + "], \"experiments\": [" + EXPERIMENT.formatted("paused") + "]}");

        ExperimentCenter engine = ApiResources.engineFor(StubConfig.builder().dataFile(file).build());

        assertThat(engine.getExperiment("exp_9Km3nZ7vQwRx2yDjFs5gCp").status()).isEqualTo(ExperimentStatus.PAUSED);
        assertThat(StateDocument.of(engine.snapshot()).toState()).isEqualTo(engine.snapshot());
    }

    @Test
    void malformedJsonShouldNameTheFileAndThePlace() throws IOException {
        Path file = write("{\"feature_flags\": [\n" + FLAG + ",\n]}");

        assertThatThrownBy(() -> ApiResources.stateFile().read(file))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith(file + " (line 5, column");
    }

    @Test
    void aMissingRequiredPropertyShouldNameItsPath() throws IOException {
        Path file = write("{\"feature_flags\": [" + FLAG + "], \"experiments\": ["
                + EXPERIMENT.formatted("paused").replace("\"name\": \"Passkey prompt\", ", "") + "]}");

        assertThatThrownBy(() -> ApiResources.stateFile().read(file))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("experiments[0].name");
    }

    @Test
    void anUnknownStatusShouldBeRefused() throws IOException {
        Path file = write("{\"feature_flags\": [" + FLAG + "], \"experiments\": [" + EXPERIMENT.formatted("running") + "]}");

        assertThatThrownBy(() -> ApiResources.stateFile().read(file))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("running");
    }

    @Test
    void anInconsistentStateShouldNameTheFileAndTheBadId() throws IOException {
        Path file = write("{\"experiments\": [" + EXPERIMENT.formatted("draft") + "]}");

        assertThatThrownBy(() -> ApiResources.stateFile().read(file))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("exp_9Km3nZ7vQwRx2yDjFs5gCp")
                .hasMessageContaining("flg_72jbvv7LfRKYp59gtRLtkn");
    }
}
