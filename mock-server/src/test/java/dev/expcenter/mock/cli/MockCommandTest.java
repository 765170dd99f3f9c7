package dev.expcenter.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.stub.auth.AuthMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockCommandTest {
    private final AtomicReference<MockConfig> parsed = new AtomicReference<>();

    private int run(String... args) {
        CommandLine cli = new MockCommand(config -> {
            parsed.set(config);
            return 0;
        }).commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void defaultsShouldBePort4010WithEverythingOn() {
        assertThat(run()).isZero();
        MockConfig config = parsed.get();
        assertThat(config.stub().port()).isEqualTo(4010);
        assertThat(config.stub().host()).isEqualTo("127.0.0.1");
        assertThat(config.admin()).isTrue();
        assertThat(config.stub().dataFile()).isNull();
        assertThat(config.corsOrigins()).containsExactly("http://localhost:*", "http://127.0.0.1:*");
        assertThat(config.maxSessions()).isEqualTo(50);
        assertThat(config.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.latency()).isZero();
        assertThat(config.errorRate()).isZero();
        assertThat(config.stub().authMode()).isEqualTo(AuthMode.DEV);
        assertThat(config.stub().workerThreads()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void strictnessShouldBeLogUnlessAskedFor() {
        String before = System.clearProperty(Strictness.PROPERTY);
        try {
            assertThat(run()).isZero();
            assertThat(parsed.get().strictness()).isEqualTo(Strictness.LOG);
            assertThat(run("--strict-spec")).isZero();
            assertThat(parsed.get().strictness()).isEqualTo(Strictness.FAIL);
        } finally {
            if (before != null) {
                System.setProperty(Strictness.PROPERTY, before);
            }
        }
    }

    @Test
    void everyFlagShouldReachTheConfig() {
        assertThat(run("--port", "0", "--host", "0.0.0.0", "--data", "data.json", "--spec", "openapi.yaml",
                "--latency", "200ms", "--error-rate", "0.05", "--cors-origin", "https://a.example",
                "--cors-origin", "*", "--no-admin", "--max-sessions", "7", "--session-idle", "5m",
                "--journal-size", "20", "--rate-limit", "5", "--rate-refill", "0.5", "--max-body", "2048",
                "--auth-mode", "JWT", "--jwt-secret", "0123456789abcdef0123456789abcdef",
                "--jwt-issuer", "https://tenant.example/", "--jwt-audience", "api", "--worker-threads", "3",
                "--strict-spec")).isZero();
        MockConfig config = parsed.get();
        assertThat(config.stub().port()).isZero();
        assertThat(config.stub().host()).isEqualTo("0.0.0.0");
        assertThat(config.stub().dataFile()).isEqualTo(Path.of("data.json"));
        assertThat(config.specFile()).isEqualTo(Path.of("openapi.yaml"));
        assertThat(config.latency()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.errorRate()).isEqualTo(0.05);
        assertThat(config.corsOrigins()).isEqualTo(List.of("https://a.example", "*"));
        assertThat(config.admin()).isFalse();
        assertThat(config.maxSessions()).isEqualTo(7);
        assertThat(config.sessionIdle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.journalSize()).isEqualTo(20);
        assertThat(config.stub().rateLimitCapacity()).isEqualTo(5);
        assertThat(config.stub().rateLimitRefillPerSecond()).isEqualTo(0.5);
        assertThat(config.stub().maxBodyBytes()).isEqualTo(2048);
        assertThat(config.stub().authMode()).isEqualTo(AuthMode.JWT);
        assertThat(config.stub().jwt().issuer()).isEqualTo("https://tenant.example/");
        assertThat(config.stub().workerThreads()).isEqualTo(3);
        assertThat(config.strictness()).isEqualTo(Strictness.FAIL);
    }

    @Test
    void durationsShouldAcceptSeveralForms() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("0")).isZero();
        assertThat(converter.convert("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("PT0.2S")).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void badValuesShouldBeUsageErrors() {
        assertThat(run("--error-rate", "1.5")).isEqualTo(2);
        assertThat(run("--latency", "soon")).isEqualTo(2);
        assertThat(run("--latency", "200")).isEqualTo(2);
        assertThat(run("--max-sessions", "0")).isEqualTo(2);
        assertThat(run("--auth-mode", "jwt")).isEqualTo(2);
        assertThat(parsed.get()).isNull();
    }

    @Test
    void helpShouldListEveryOption() {
        StringWriter out = new StringWriter();
        CommandLine cli = new MockCommand(config -> 0).commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();

        for (String option : List.of("--port", "--host", "--data", "--state-file", "--spec", "--latency", "--error-rate",
                "--cors-origin", "--no-admin", "--max-sessions", "--session-idle", "--journal-size", "--auth-mode",
                "--jwt-secret", "--jwt-public-key", "--jwt-jwks", "--jwt-issuer", "--jwt-audience", "--rate-limit",
                "--rate-refill", "--max-body", "--worker-threads", "--strict-spec", "--help", "--version")) {
            assertThat(out.toString()).contains(option);
        }
    }

    @Test
    void versionShouldNameTheCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = new MockCommand(config -> 0).commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo("expcenter-mock dev");
    }

    @Test
    void everyOptionShouldHaveItsHelpText() {
        CommandLine cli = new MockCommand(config -> 0).commandLine();

        assertThat(cli.getCommandSpec().options()).isNotEmpty().allSatisfy(option -> assertThat(
                String.join(" ", option.description())).as(option.longestName()).isNotBlank());
    }
}
