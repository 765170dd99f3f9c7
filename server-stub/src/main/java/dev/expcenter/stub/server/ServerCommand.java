package dev.expcenter.stub.server;

import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the stub's and the mock's picocli commands share besides {@link StubOptions}: how their command
 * line is made, how a configuration that does not validate becomes a usage error, and the version line.
 */
public final class Commands {
    private Commands() {
    }

    /** A command line for {@code command}, with enum values accepted in any case. */
    public static CommandLine commandLine(Object command) {
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@code config}'s result; its {@link IllegalArgumentException} is a usage error (exit 2, the message, the usage). */
    public static <C> C configOrUsageError(CommandSpec spec, Supplier<C> config) {
        try {
            return config.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
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
