package dev.expcenter.stub.server;

import dev.expcenter.stub.auth.AuthMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of the stub: its options yield a {@link StubConfig}, handed to a runner. */
@Command(name = "expcenter-stub", mixinStandardHelpOptions = true, versionProvider = StubCommand.Version.class,
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

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host = StubConfig.DEFAULT_HOST;

    @Option(names = "--port", description = "Port to bind, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port = StubConfig.DEFAULT_PORT;

    @Option(names = "--auth-mode", description = "dev (any bearer token) or jwt (verified) (default: dev).")
    private AuthMode authMode = AuthMode.DEV;

    @Option(names = "--jwt-secret", defaultValue = "${env:EXPCENTER_JWT_SECRET}",
            description = "HS256 shared secret, at least 32 bytes (or env EXPCENTER_JWT_SECRET).")
    private String jwtSecret;

    @Option(names = "--jwt-public-key", paramLabel = "PEM", description = "RS256 public key or certificate file.")
    private Path jwtPublicKey;

    @Option(names = "--jwt-jwks", paramLabel = "FILE", description = "RS256 JSON Web Key Set file.")
    private Path jwtJwks;

    @Option(names = "--jwt-issuer", description = "Required iss claim.")
    private String jwtIssuer;

    @Option(names = "--jwt-audience", description = "Required aud claim.")
    private String jwtAudience;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Requests a client may burst (default: ${DEFAULT-VALUE}).")
    private long rateLimit = StubConfig.DEFAULT_RATE_LIMIT;

    @Option(names = "--rate-refill", paramLabel = "PER_SECOND",
            description = "Requests per second regained (default: ${DEFAULT-VALUE}).")
    private double rateRefill = StubConfig.DEFAULT_RATE_REFILL;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    private long maxBody = StubConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--data", paramLabel = "FILE", description = "File to seed the store from.")
    private Path data;

    private final Runner runner;

    /** A command handing its configuration to {@code runner}. */
    public StubCommand(Runner runner) {
        this.runner = runner;
    }

    /** A command line for this command, with enum values accepted in any case. */
    public static CommandLine commandLine(StubCommand command) {
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The configuration the parsed options describe. */
    public StubConfig toConfig() {
        return StubConfig.builder()
                .host(host).port(port).authMode(authMode)
                .jwtSecret(jwtSecret).jwtPublicKey(jwtPublicKey).jwtJwks(jwtJwks)
                .jwtIssuer(jwtIssuer).jwtAudience(jwtAudience)
                .rateLimit(rateLimit).rateRefill(rateRefill).maxBodyBytes(maxBody)
                .dataFile(data)
                .build();
    }

    @Override
    public Integer call() throws Exception {
        StubConfig config;
        try {
            config = toConfig();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        runner.run(config);
        return 0;
    }

    /** The version from the jar manifest, "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StubCommand.class.getPackage().getImplementationVersion();
            return new String[] {"expcenter-stub " + (version == null ? "dev" : version)};
        }
    }
}
