package dev.expcenter.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves the house rules in {@code .spectral.yaml} can fail: {@code src/test/resources/lint/broken.yaml}
 * breaks several of them, and Spectral must report each one by name.
 */
class SpectralRulesetTest {

    private static final Path SPECTRAL = Path.of("..", "node_modules", ".bin", "spectral");

    @Test
    void everyBrokenHouseRuleIsReportedByName() throws Exception {
        assumeTrue(nodeAvailable(), "Node.js is not installed (no `node` on PATH): the Spectral lint test is skipped");
        assertThat(SPECTRAL).as("Spectral is installed by `npm ci` at the repository root (the npm-install profile)")
                .exists();

        Process p = new ProcessBuilder(SPECTRAL.toString(), "lint", "src/test/resources/lint/broken.yaml",
                "--ruleset", ".spectral.yaml", "--format", "json", "--quiet")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as("spectral exits non-zero on errors").isNotZero();
        List<String> codes = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(out)) {
            codes.add(result.path("code").asText());
        }
        assertThat(codes).contains(
                "operation-id-get",
                "operation-id-post",
                "operation-summary-present",
                "parameters-snake-case",
                "properties-snake-case",
                "operation-declares-401-403-429",
                "error-responses-use-auth0-body",
                "success-responses-have-examples",
                "operation-has-one-scope",
                "request-bodies-closed");
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
