package dev.expcenter.bench;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.Variation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Engine state built directly as records and loaded with {@link ExperimentCenter#restore}: a million
 * experiments in a second or two instead of a million create calls. One active flag with two
 * variations; every experiment is a ready 50/50 percentage experiment of that flag (two allocations).
 */
public final class Fixtures {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static final String FLAG_ID = id("flg_", 0);
    static final String VARIATION_A = id("var_", 1);
    static final String VARIATION_B = id("var_", 2);

    private Fixtures() {
    }

    /** A well-formed id (prefix + 22 Base58 characters) unique for each {@code n}. */
    public static String id(String prefix, long n) {
        char[] chars = new char[22];
        long v = n;
        for (int i = 21; i >= 0; i--) {
            chars[i] = BASE58.charAt((int) (v % 58));
            v /= 58;
        }
        return prefix + new String(chars);
    }

    /** {@code n} experiments in {@code status}; at most one of them may be {@code active}. */
    public static EngineState state(int n, ExperimentStatus status) {
        Instant t0 = Instant.parse("2026-11-02T09:00:00Z");
        FeatureFlag flag = new FeatureFlag(FLAG_ID, "show_passkey_prompt", "Whether to prompt for a passkey.",
                OwnerType.SELF, FlagStatus.ACTIVE,
                Map.of("show_passkey_prompt", new FlagParameter("boolean", false, "Prompt for a passkey.")), t0, t0);
        Variation a = new Variation(VARIATION_A, FLAG_ID, "control", null, Map.of("show_passkey_prompt", false), t0, t0);
        Variation b = new Variation(VARIATION_B, FLAG_ID, "prompt", null, Map.of("show_passkey_prompt", true), t0, t0);
        List<Experiment> experiments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant created = t0.plusSeconds(i);
            // Own name, timestamps and allocation records per experiment, as a store filled through the
            // API has; the variation id strings are shared, as the engine's canonical() shares them.
            List<Allocation> allocations = List.of(Allocation.weighted(VARIATION_A, 50, true),
                    Allocation.weighted(VARIATION_B, 50, false));
            experiments.add(new Experiment(id("exp_", 1000 + i), "Experiment " + i, null, FLAG_ID,
                    "pre_authentication", AllocationStrategy.PERCENTAGE, "device", status, true, allocations,
                    created, created, status == ExperimentStatus.DRAFT ? null : created, null));
        }
        return new EngineState(List.of(flag), List.of(a, b), List.of(), experiments);
    }

    /** An engine holding {@link #state}. */
    public static ExperimentCenter engine(int n, ExperimentStatus status) {
        return ExperimentCenter.restore(state(n, status), Clock.systemUTC(), IdGenerator.secureRandom());
    }

    /** The id of the {@code i}-th experiment of {@link #state}. */
    public static String experimentId(int i) {
        return id("exp_", 1000 + i);
    }
}
