package dev.expcenter.stub.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.auth.AuthMode;
import dev.expcenter.stub.auth.JwtSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StubCommandTest {
    private final List<StubConfig> started = new ArrayList<>();

    private int start(StubConfig config) {
        started.add(config);
        return 0;
    }

    private StubConfig parse(String... args) {
        StubCommand command = new StubCommand(this::start);
        command.commandLine().parseArgs(args);
        return command.toConfig();
    }

    @Test
    void flagsShouldBecomeTheConfig() {
        StubConfig config = parse("--port", "9000", "--host", "0.0.0.0", "--auth-mode", "jwt",
                "--jwt-public-key", "key.pem", "--jwt-issuer", "https://iss/", "--jwt-audience", "aud",
                "--rate-limit", "10", "--rate-refill", "2.5", "--max-body", "2048", "--data", "seed.json",
                "--state-file", "state.db", "--worker-threads", "3");

        assertThat(config).isEqualTo(new StubConfig("0.0.0.0", 9000, AuthMode.JWT,
                new JwtSettings(null, Path.of("key.pem"), null, "https://iss/", "aud"),
                10, 2.5, 2048, Path.of("seed.json"), Path.of("state.db"), 3));
    }

    @Test
    void noFlagsShouldGiveTheDefaults() {
        assertThat(parse()).isEqualTo(StubConfig.builder().port(StubConfig.DEFAULT_PORT).build());
        assertThat(parse()).isEqualTo(new StubConfig("127.0.0.1", 8080, AuthMode.DEV, JwtSettings.NONE,
                1000, 100, 1024 * 1024, null, null, Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    @Test
    void noWorkerThreadsShouldBeAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new StubCommand(this::start).commandLine().setErr(new PrintWriter(err));

        assertThat(cli.execute("--worker-threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("worker threads must be at least 1");
        assertThat(started).isEmpty();
    }

    @Test
    void secretShouldNeverBePrinted() {
        StubConfig config = parse("--auth-mode", "JWT", "--jwt-secret", "a-test-secret-of-at-least-32-bytes!!");

        assertThat(config.jwt().secret()).isEqualTo("a-test-secret-of-at-least-32-bytes!!");
        assertThat(config.toString()).doesNotContain("a-test-secret");
    }

    @Test
    void jwtModeWithoutAKeyShouldBeAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new StubCommand(this::start).commandLine().setErr(new PrintWriter(err));

        int exit = cli.execute("--auth-mode", "jwt");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("jwt mode needs exactly one of");
        assertThat(started).isEmpty();
    }

    @Test
    void aRefillFasterThanTheBucketCanTakeShouldBeAUsageErrorNotAFailingRequest() {
        StringWriter err = new StringWriter();
        CommandLine cli = new StubCommand(this::start).commandLine().setErr(new PrintWriter(err));

        int exit = cli.execute("--rate-limit", "1000000000000", "--rate-refill", "1000000001");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("rate refill must be at most 1000000000 per second");
        assertThat(started).isEmpty();
    }

    @Test
    void helpShouldPrintUsageAndNotStart() {
        StringWriter out = new StringWriter();
        CommandLine cli = new StubCommand(this::start).commandLine().setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--port", "--auth-mode", "--rate-limit", "--max-body", "--data",
                "--worker-threads");
        assertThat(started).isEmpty();
    }

    @Test
    void validFlagsShouldBeHandedToTheRunner() {
        assertThat(new StubCommand(this::start).commandLine().execute("--port", "0")).isZero();
        assertThat(started).containsExactly(StubConfig.builder().build());
    }

    @Test
    void versionShouldNameTheCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = new StubCommand(this::start).commandLine().setOut(new PrintWriter(out));

        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo("expcenter-stub dev");
        assertThat(started).isEmpty();
    }

    @Test
    void everyOptionShouldHaveItsHelpText() {
        CommandLine cli = new StubCommand(this::start).commandLine();

        assertThat(cli.getCommandSpec().options()).isNotEmpty().allSatisfy(option -> assertThat(
                String.join(" ", option.description())).as(option.longestName()).isNotBlank());
    }
}
