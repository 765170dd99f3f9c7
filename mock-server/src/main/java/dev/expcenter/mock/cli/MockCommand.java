package dev.expcenter.mock.cli;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.stub.server.ServerCommand;
import dev.expcenter.stub.server.StubOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line of the mock: its options yield a {@link MockConfig}, handed to a runner. The help
 * text of the options declared here is in {@code MockCommandHelp.properties}, under each option's name
 * (picocli reads it from the command's resource bundle; the {@link StubOptions} mixin's help text stays in
 * its annotations, since picocli does not read a mixin's own bundle for the mixin's options).
 */
@Command(name = "expcenter-mock", mixinStandardHelpOptions = true, versionProvider = ServerCommand.ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true, resourceBundle = "dev.expcenter.mock.cli.MockCommandHelp",
        description = {"A stateful mock of the Experiment Center Management API for frontend development.",
                "API at http://HOST:PORT/api/v2, admin at /__admin, docs at /docs."})
public final class MockCommand extends ServerCommand<MockConfig> {
    @Mixin
    private StubOptions stub = new StubOptions(MockConfig.DEFAULT_PORT);

    @Option(names = "--spec", paramLabel = "FILE")
    private Path specFile;

    @Option(names = "--latency", paramLabel = "DURATION", converter = DurationConverter.class)
    private Duration latency = Duration.ZERO;

    @Option(names = "--error-rate", paramLabel = "0..1")
    private double errorRate;

    @Option(names = "--strict-spec")
    private boolean strictSpec;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN")
    private List<String> corsOrigins;

    @Option(names = "--no-admin")
    private boolean noAdmin;

    @Option(names = "--max-sessions", paramLabel = "N")
    private int maxSessions = MockConfig.DEFAULT_MAX_SESSIONS;

    @Option(names = "--session-idle", paramLabel = "DURATION", converter = DurationConverter.class)
    private Duration sessionIdle = MockConfig.DEFAULT_SESSION_IDLE;

    @Option(names = "--journal-size", paramLabel = "N")
    private int journalSize = MockConfig.DEFAULT_JOURNAL_SIZE;

    /** A command handing its configuration to {@code runner}. */
    public MockCommand(Runner<MockConfig> runner) {
        super(runner);
    }

    @Override
    public MockConfig toConfig() {
        MockConfig.Builder config = MockConfig.builder().stub(stub::applyTo)
                .specFile(specFile).latency(latency).errorRate(errorRate)
                .admin(!noAdmin).maxSessions(maxSessions).sessionIdle(sessionIdle).journalSize(journalSize);
        if (strictSpec) {
            config.strictness(Strictness.FAIL);
        }
        if (corsOrigins != null && !corsOrigins.isEmpty()) {
            config.corsOrigins(corsOrigins);
        }
        return config.build();
    }
}
