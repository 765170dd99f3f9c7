package dev.expcenter.mock.cli;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.stub.server.Commands;
import dev.expcenter.stub.server.StubOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of the mock: its options yield a {@link MockConfig}, handed to a runner. */
@Command(name = "expcenter-mock", mixinStandardHelpOptions = true, versionProvider = Commands.ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"A stateful mock of the Experiment Center Management API for frontend development.",
                "API at http://HOST:PORT/api/v2, admin at /__admin, docs at /docs."})
public final class MockCommand implements Callable<Integer> {

    /** What to do with the parsed configuration; returns the exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(MockConfig config) throws Exception;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private StubOptions stub = new StubOptions(MockConfig.DEFAULT_PORT);

    @Option(names = "--state-file", paramLabel = "FILE",
            description = "Keep the state (without X-Mock-Session) in FILE across restarts: loaded if it exists "
                    + "(it wins over --data), created if not; every acknowledged write is saved before its answer.")
    private Path stateFile;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "OpenAPI file to serve and validate against, reloaded on change (default: the built-in spec).")
    private Path specFile;

    @Option(names = "--latency", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Delay added to every API response, e.g. 200ms (default: 0).")
    private Duration latency = Duration.ZERO;

    @Option(names = "--error-rate", paramLabel = "0..1",
            description = "Share of API requests answered with a spec-declared error, e.g. 0.05 (default: 0).")
    private double errorRate;

    @Option(names = "--strict-spec",
            description = "Answer a response that breaks the served spec with a 500 spec_violation instead of "
                    + "only logging it (for test runs; also -Dexpcenter.mock.strictSpec=true).")
    private boolean strictSpec;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allowed browser origin, repeatable; exact, scheme://host:* for any port, or * "
                    + "(default: http://localhost:* and http://127.0.0.1:*).")
    private List<String> corsOrigins;

    @Option(names = "--no-admin", description = "Refuse every /__admin route (404).")
    private boolean noAdmin;

    @Option(names = "--max-sessions", paramLabel = "N",
            description = "X-Mock-Session copies kept at once (default: ${DEFAULT-VALUE}).")
    private int maxSessions = MockConfig.DEFAULT_MAX_SESSIONS;

    @Option(names = "--session-idle", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Idle time after which a session is dropped (default: 30m).")
    private Duration sessionIdle = MockConfig.DEFAULT_SESSION_IDLE;

    @Option(names = "--journal-size", paramLabel = "N",
            description = "Recent requests kept for GET /__admin/requests (default: ${DEFAULT-VALUE}).")
    private int journalSize = MockConfig.DEFAULT_JOURNAL_SIZE;

    private final Runner runner;

    /** A command handing its configuration to {@code runner}. */
    public MockCommand(Runner runner) {
        this.runner = runner;
    }

    /** A command line for this command, with enum values accepted in any case. */
    public static CommandLine commandLine(MockCommand command) {
        return Commands.commandLine(command);
    }

    /** The configuration the parsed options describe. */
    public MockConfig toConfig() {
        MockConfig.Builder config = MockConfig.builder().stub(stub::applyTo)
                .stateFile(stateFile).specFile(specFile).latency(latency).errorRate(errorRate)
                .admin(!noAdmin).maxSessions(maxSessions).sessionIdle(sessionIdle).journalSize(journalSize);
        if (strictSpec) {
            config.strictness(Strictness.FAIL);
        }
        if (corsOrigins != null && !corsOrigins.isEmpty()) {
            config.corsOrigins(corsOrigins);
        }
        return config.build();
    }

    @Override
    public Integer call() throws Exception {
        MockConfig config = Commands.configOrUsageError(spec, this::toConfig);
        return runner.run(config);
    }
}
