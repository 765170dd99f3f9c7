package dev.expcenter.stub.server;

import dev.expcenter.stub.auth.AuthMode;
import dev.expcenter.stub.auth.JwtSettings;
import dev.expcenter.stub.ratelimit.RateLimiter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the stub server needs to start; built by {@link #builder()} (tests) or by
 * {@link StubCommand} (command line). {@code toString()} never shows the JWT secret.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port to bind, 0 for any free one
 * @param authMode how bearer tokens are checked
 * @param jwt how tokens are verified in {@link AuthMode#JWT}
 * @param rateLimitCapacity requests a client may burst ({@code x-ratelimit-limit})
 * @param rateLimitRefillPerSecond tokens a client's bucket regains per second
 * @param maxBodyBytes the largest accepted request body; larger ones get 413
 * @param dataFile a file to seed the store from, or null
 * @param stateFile where the state is kept across restarts (an SQLite database, see
 *     {@link dev.expcenter.stub.data.StateDatabase}), or null to keep it in memory only
 * @param workerThreads Grizzly worker threads serving requests; each request holds one while it runs, so at
 *     most this many are processed at once
 */
public record StubConfig(
        String host,
        int port,
        AuthMode authMode,
        JwtSettings jwt,
        long rateLimitCapacity,
        double rateLimitRefillPerSecond,
        long maxBodyBytes,
        Path dataFile,
        Path stateFile,
        int workerThreads) {

    /** The port the command line uses when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** Loopback only, so that a developer's stub is not reachable from the network. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Burst size large enough never to bother a developer. */
    public static final long DEFAULT_RATE_LIMIT = 1000;
    /** Refill per second large enough never to bother a developer. */
    public static final double DEFAULT_RATE_REFILL = 100;
    /** 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /**
     * One per core, at least two. Grizzly's default is twice as many; on 2 cores the extra threads only
     * preempt each other: measured, the status workload went from ~14-17k to ~17-20k req/s and its p99
     * from ~12 ms to ~4-6 ms (docs/performance.md, "The stub's per-request overhead").
     */
    public static final int DEFAULT_WORKER_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Validates every field; a JWT mode without exactly one key source is rejected. */
    public StubConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(authMode, "authMode");
        Objects.requireNonNull(jwt, "jwt");
        require(!host.isBlank(), "host must not be blank");
        require(port >= 0 && port <= 65535, "port must be within 0..65535");
        require(rateLimitCapacity >= 1, "rate limit must be at least 1");
        require(rateLimitRefillPerSecond > 0, "rate refill must be positive");
        require(rateLimitRefillPerSecond <= RateLimiter.MAX_REFILL_PER_SECOND,
                "rate refill must be at most 1000000000 per second");
        require(maxBodyBytes >= 1, "max body must be at least 1 byte");
        require(workerThreads >= 1, "worker threads must be at least 1");
        require(authMode != AuthMode.JWT || jwt.keySources() == 1,
                "jwt mode needs exactly one of --jwt-secret, --jwt-public-key, --jwt-jwks");
    }

    /** A builder with the defaults, and port 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).authMode(authMode).jwt(jwt)
                .rateLimit(rateLimitCapacity).rateRefill(rateLimitRefillPerSecond)
                .maxBodyBytes(maxBodyBytes).dataFile(dataFile).stateFile(stateFile).workerThreads(workerThreads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a {@link StubConfig}; every setter returns this builder. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port;
        private AuthMode authMode = AuthMode.DEV;
        private String jwtSecret;
        private Path jwtPublicKey;
        private Path jwtJwks;
        private String jwtIssuer;
        private String jwtAudience;
        private long rateLimit = DEFAULT_RATE_LIMIT;
        private double rateRefill = DEFAULT_RATE_REFILL;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Path dataFile;
        private Path stateFile;
        private int workerThreads = DEFAULT_WORKER_THREADS;

        private Builder() {
        }

        /** The address to bind. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The port to bind, 0 for any free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** How tokens are checked. */
        public Builder authMode(AuthMode value) {
            this.authMode = value;
            return this;
        }

        /** All JWT settings at once. */
        public Builder jwt(JwtSettings value) {
            this.jwtSecret = value.secret();
            this.jwtPublicKey = value.publicKeyPem();
            this.jwtJwks = value.jwksFile();
            this.jwtIssuer = value.issuer();
            this.jwtAudience = value.audience();
            return this;
        }

        /** The HS256 shared secret (at least 32 bytes). */
        public Builder jwtSecret(String value) {
            this.jwtSecret = value;
            return this;
        }

        /** A PEM file with the RS256 public key or certificate. */
        public Builder jwtPublicKey(Path value) {
            this.jwtPublicKey = value;
            return this;
        }

        /** A JWKS file with the RS256 keys. */
        public Builder jwtJwks(Path value) {
            this.jwtJwks = value;
            return this;
        }

        /** The required {@code iss}. */
        public Builder jwtIssuer(String value) {
            this.jwtIssuer = value;
            return this;
        }

        /** The required {@code aud}. */
        public Builder jwtAudience(String value) {
            this.jwtAudience = value;
            return this;
        }

        /** The burst size of each client's bucket. */
        public Builder rateLimit(long value) {
            this.rateLimit = value;
            return this;
        }

        /** Tokens per second each bucket regains. */
        public Builder rateRefill(double value) {
            this.rateRefill = value;
            return this;
        }

        /** The largest accepted body, in bytes. */
        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = value;
            return this;
        }

        /** A file to seed the store from. */
        public Builder dataFile(Path value) {
            this.dataFile = value;
            return this;
        }

        /** The state file (see {@link StubConfig#stateFile()}), or null for none. */
        public Builder stateFile(Path value) {
            this.stateFile = value;
            return this;
        }

        /** Grizzly worker threads serving requests. */
        public Builder workerThreads(int value) {
            this.workerThreads = value;
            return this;
        }

        /** The validated configuration. */
        public StubConfig build() {
            return new StubConfig(host, port, authMode,
                    new JwtSettings(jwtSecret, jwtPublicKey, jwtJwks, jwtIssuer, jwtAudience),
                    rateLimit, rateRefill, maxBodyBytes, dataFile, stateFile, workerThreads);
        }
    }
}
