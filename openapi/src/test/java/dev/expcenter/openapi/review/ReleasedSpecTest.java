package dev.expcenter.openapi.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which released spec the gate compares with: {@code openapi/released/<info.version>.yaml}, the highest version. */
class ReleasedSpecTest {

    @Test
    void theNewestReleasedSpecIsChosenByVersion(@TempDir Path tmp) throws IOException {
        for (String name : List.of("1.0.0.yaml", "1.9.0.yaml", "1.10.0.yaml", "1.10.0-rc.1.yaml", "README.md")) {
            Files.writeString(tmp.resolve(name), "");
        }
        assertThat(SpecReview.newestReleased(tmp)).contains(tmp.resolve("1.10.0.yaml"));
        assertThat(SpecReview.newestReleased(tmp.resolve("missing"))).isEmpty();
    }

    @Test
    void theReleasedSpecIsNamedByItsVersion() throws IOException {
        // openapi/released/<info.version>.yaml: the file name and the document agree.
        Path newest = SpecReview.newestReleased(Path.of("released")).orElseThrow();
        String version = newest.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        assertThat(Files.readString(newest)).contains("\n  version: " + version + "\n");
    }
}
