package dev.expcenter.stub.server;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** The command line of the stub: its options yield a {@link StubConfig}, handed to a runner. */
@Command(name = "expcenter-stub", mixinStandardHelpOptions = true, versionProvider = Commands.ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Serves the Experiment Center Management API stub at http://HOST:PORT/api/v2/.")
public final class StubCommand implements Callable<Integer> {

    /** What to do with the parsed configuration. */
    @FunctionalInterface
    public interface Runner {
        void run(StubConfig config) throws Exception;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private StubOptions options = new StubOptions(StubConfig.DEFAULT_PORT);

    private final Runner runner;

    /** A command handing its configuration to {@code runner}. */
    public StubCommand(Runner runner) {
        this.runner = runner;
    }

    /** A command line for this command, with enum values accepted in any case. */
    public static CommandLine commandLine(StubCommand command) {
        return Commands.commandLine(command);
    }

    /** The configuration the parsed options describe. */
    public StubConfig toConfig() {
        StubConfig.Builder config = StubConfig.builder();
        options.applyTo(config);
        return config.build();
    }

    @Override
    public Integer call() throws Exception {
        StubConfig config = Commands.configOrUsageError(spec, this::toConfig);
        runner.run(config);
        return 0;
    }
}
