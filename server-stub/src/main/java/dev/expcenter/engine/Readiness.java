package dev.expcenter.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The readiness checks an activation runs, in their documented order. */
final class Readiness {
    /** Weights are fractional, so their sum is compared with 100 within this (Auth0's document: 1e-9). */
    static final double WEIGHT_TOLERANCE = 1e-9;

    private final Store store;

    Readiness(Store store) {
        this.store = store;
    }

    /** Every failing check, in order, the one-active-experiment rule included. */
    List<Problem> problems(Experiment e) {
        List<Problem> problems = configurationProblems(e);
        String active = store.activeExperimentId;
        if (active != null && !active.equals(e.id())) {
            problems.add(new Problem(ErrorCode.EXPERIMENT_ACTIVE_LIMIT_EXCEEDED,
                    "Experiment " + active + " is already active; only one experiment may be active per tenant"));
        }
        return problems;
    }

    /** The stored {@code is_valid}: every check but the one-active-experiment rule passes. */
    boolean isValid(Experiment e) {
        return configurationProblems(e).isEmpty();
    }

    private List<Problem> configurationProblems(Experiment e) {
        List<Problem> problems = new ArrayList<>();
        List<Allocation> allocations = e.allocations();
        FeatureFlag flag = store.flags.get(e.featureFlagId());
        if (flag == null || flag.status() != FlagStatus.ACTIVE) {
            String state = flag == null ? "does not exist" : "is in " + flag.status().wire() + " status";
            problems.add(new Problem(ErrorCode.FEATURE_FLAG_NOT_ACTIVE,
                    "Feature flag " + e.featureFlagId() + " " + state + "; must be active"));
        }
        Set<String> foreign = new LinkedHashSet<>();
        for (Allocation a : allocations) {
            Variation v = store.variations.get(a.variationId());
            if (v == null || !v.featureFlagId().equals(e.featureFlagId())) {
                foreign.add(a.variationId());
            }
        }
        if (!foreign.isEmpty()) {
            problems.add(new Problem(ErrorCode.VARIATION_NOT_FROM_FLAG,
                    plural(foreign, "Variation", "Variations") + " " + String.join(", ", foreign)
                            + (foreign.size() == 1 ? " does" : " do") + " not belong to feature flag "
                            + e.featureFlagId()));
        }
        long controls = allocations.stream().filter(Allocation::control).count();
        if (controls != 1) {
            problems.add(new Problem(ErrorCode.EXPERIMENT_MISSING_CONTROL,
                    "Exactly one allocation must have is_control true; found " + controls));
        }
        switch (e.allocationStrategy()) {
            case PERCENTAGE -> percentageProblems(allocations, problems);
            case SEGMENT -> segmentProblems(allocations, problems);
        }
        return problems;
    }

    private static void percentageProblems(List<Allocation> allocations, List<Problem> problems) {
        double sum = allocations.stream().mapToDouble(a -> a.weight() == null ? 0 : a.weight()).sum();
        if (!(Math.abs(sum - 100) <= WEIGHT_TOLERANCE)) {
            problems.add(new Problem(ErrorCode.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS,
                    "Allocation weights must sum to 100; found " + number(sum)));
        }
    }

    /** 90.0 as {@code 90}, 33.5 as {@code 33.5}. */
    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private void segmentProblems(List<Allocation> allocations, List<Problem> problems) {
        long fallbacks = allocations.stream().filter(Allocation::isFallback).count();
        if (fallbacks != 1) {
            problems.add(new Problem(ErrorCode.EXPERIMENT_MISSING_DEFAULT,
                    "Exactly one allocation must have is_fallback true; found " + fallbacks));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            if (a.segmentId() == null) {
                if (!a.isFallback()) {
                    missing.add("allocations[" + i + "] has no segment_id");
                }
            } else if (store.segments.get(a.segmentId()) == null) {
                missing.add(a.segmentId() + " does not exist");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(ErrorCode.SEGMENT_NOT_FOUND,
                    "Segments not found: " + String.join(", ", missing)));
        }
    }

    private static String plural(Set<String> items, String one, String many) {
        return items.size() == 1 ? one : many;
    }
}
