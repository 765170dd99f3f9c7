package dev.expcenter.stub.server;

import dev.expcenter.stub.auth.AuthMode;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The command-line options of a {@link StubConfig} (address, data, state file, workers, auth, rate
 * limits, body size), a picocli mixin of the stub's command that the mock's command reuses, so both take the same
 * flags; only the default port differs.
 */
public final class StubOptions {
    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host = StubConfig.DEFAULT_HOST;

    @Option(names = "--port", description = "Port to bind, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data", paramLabel = "FILE",
            description = "State document to start from (JSON: feature_flags, variations, segments, experiments); "
                    + "without it the stub starts empty, the mock from its built-in data.")
    private Path data;

    @Option(names = "--state-file", paramLabel = "FILE",
            description = "Keep the state in FILE, an SQLite database, across restarts: loaded if it exists (it wins "
                    + "over --data), created from the starting data if not (a JSON state file is imported once, "
                    + "its copy kept as FILE.json-imported); each acknowledged write is committed to it before its "
                    + "answer. The mock keeps the default session there (requests without X-Mock-Session).")
    private Path stateFile;

    @Option(names = "--worker-threads", paramLabel = "N",
            description = "Threads serving requests, each holding one request at a time (default: ${DEFAULT-VALUE}, "
                    + "one per core and at least two).")
    private int workerThreads = StubConfig.DEFAULT_WORKER_THREADS;

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
            description = "Largest API request body accepted (default: ${DEFAULT-VALUE}).")
    private long maxBody = StubConfig.DEFAULT_MAX_BODY_BYTES;

    /** Options whose {@code --port} defaults to {@code defaultPort}. */
    public StubOptions(int defaultPort) {
        this.port = defaultPort;
    }

    /** Sets the parsed options on {@code config}. */
    public void applyTo(StubConfig.Builder config) {
        config.host(host).port(port).dataFile(data).stateFile(stateFile).workerThreads(workerThreads).authMode(authMode)
                .jwtSecret(jwtSecret).jwtPublicKey(jwtPublicKey).jwtJwks(jwtJwks)
                .jwtIssuer(jwtIssuer).jwtAudience(jwtAudience)
                .rateLimit(rateLimit).rateRefill(rateRefill).maxBodyBytes(maxBody);
    }
}
