package dev.expcenter.mock.spec;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Global faults for every API request; neither changes state.
 *
 * @param latency added to every API response (zero for none)
 * @param errorRate the probability (0..1) that a request is answered, before its resource runs,
 *                  with one of its operation's spec-declared 4xx/5xx examples, picked at random
 * @param random the source of the coin flips and the picks (seed it in tests)
 */
public record ChaosSettings(Duration latency, double errorRate, Random random) {
    /** Validates the ranges. */
    public ChaosSettings {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(random, "random");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("error rate must be within 0..1");
        }
    }

    /** No latency, no errors. */
    public static ChaosSettings none() {
        return new ChaosSettings(Duration.ZERO, 0, new Random());
    }

    /** Whether any fault is configured. */
    public boolean isActive() {
        return !latency.isZero() || errorRate > 0;
    }
}
