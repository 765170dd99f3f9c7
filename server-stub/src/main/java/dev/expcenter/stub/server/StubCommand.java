package dev.expcenter.stub.server;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The command line of the stub: its options yield a {@link StubConfig}, handed to a runner. */
@Command(name = "expcenter-stub", mixinStandardHelpOptions = true, versionProvider = ServerCommand.ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Serves the Experiment Center Management API stub at http://HOST:PORT/api/v2/.")
public final class StubCommand extends ServerCommand<StubConfig> {
    @Mixin
    private StubOptions options = new StubOptions(StubConfig.DEFAULT_PORT);

    /** A command handing its configuration to {@code runner}. */
    public StubCommand(Runner<StubConfig> runner) {
        super(runner);
    }

    @Override
    public StubConfig toConfig() {
        StubConfig.Builder config = StubConfig.builder();
        options.applyTo(config);
        return config.build();
    }
}
