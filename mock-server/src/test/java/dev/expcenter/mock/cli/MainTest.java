package dev.expcenter.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.stub.data.InvalidStateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void startShouldPrintTheUrlsAndTheDataLoaded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MockServer server = Main.start(MockConfig.builder().build(),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(server.apiUri().toString())
                    .contains(server.uri() + "/docs")
                    .contains(server.uri() + "/__admin")
                    .contains("6 feature flags, 13 variations, 4 segments, 8 experiments from built-in data");
        }
    }

    @Test
    void malformedDataFileShouldNameTheFileThePlaceAndTheReason() throws IOException {
        Path data = Files.writeString(dir.resolve("broken.json"), "{\n  \"feature_flags\": [\n    {\"id\": }\n  ]\n}\n");

        assertThatThrownBy(() -> Main.start(MockConfig.builder().stub(s -> s.dataFile(data)).build(), System.out))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith(data + " (line 3, column")
                .hasMessageContaining("Unexpected character");
    }

    @Test
    void malformedDataFileShouldExitWith2() throws IOException {
        Path data = Files.writeString(dir.resolve("broken.json"), "{\"feature_flags\": [{\"name\": 3}]}");

        int exit = new MockCommand(Main::serve).commandLine()
                .execute("--port", "0", "--data", data.toString());

        assertThat(exit).isEqualTo(Main.BAD_DATA);
    }

    @Test
    void inconsistentDataFileShouldNameTheFileAndTheProblem() throws IOException {
        Path data = Files.writeString(dir.resolve("orphan.json"), """
                {"variations": [{"id": "var_7Tz3Wq9KxMv2Rb5YhJd8Ne", "feature_flag_id": "flg_72jbvv7LfRKYp59gtRLtkn",
                  "name": "Off", "overrides": {}, "created_at": "2025-01-01T00:00:00Z",
                  "updated_at": "2025-01-01T00:00:00Z"}]}""");

        assertThatThrownBy(() -> Main.start(MockConfig.builder().stub(s -> s.dataFile(data)).build(), System.out))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith(data.toString())
                .hasMessageContaining("flg_72jbvv7LfRKYp59gtRLtkn");
    }
}
