package dev.expcenter.stub.server;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the stub's and the mock's picocli commands share besides {@link StubOptions}: their options
 * become a configuration, a configuration that does not validate is a usage error (exit 2, the
 * message, the usage), and a valid one goes to a runner whose result is the exit code.
 *
 * @param <C> the configuration the options describe
 */
public abstract class ServerCommand<C> implements Callable<Integer> {

    /** What to do with the parsed configuration; returns the exit code. */
    @FunctionalInterface
    public interface Runner<C> {
        int run(C config) throws Exception;
    }

    @Spec
    private CommandSpec spec;

    private final Runner<C> runner;

    /** A command handing its configuration to {@code runner}. */
    protected ServerCommand(Runner<C> runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** A command line for this command, with enum values accepted in any case. */
    public final CommandLine commandLine() {
        return new CommandLine(this).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * Runs the command line for a {@code main} method: a code other than 0 exits the JVM with it; 0
     * returns (the server has stopped, its shutdown hook has run).
     */
    public final void runAsMain(String... args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * The configuration the parsed options describe.
     *
     * @throws IllegalArgumentException when they describe none
     */
    public abstract C toConfig();

    @Override
    public final Integer call() throws Exception {
        C config;
        try {
            config = toConfig();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return runner.run(config);
    }

    /** The command's name and the version in its jar's manifest, "dev" when run from classes. */
    public static final class ManifestVersion implements IVersionProvider {
        @Spec
        private CommandSpec spec;

        @Override
        public String[] getVersion() {
            String version = spec.userObject().getClass().getPackage().getImplementationVersion();
            return new String[] {spec.name() + " " + (version == null ? "dev" : version)};
        }
    }
}
