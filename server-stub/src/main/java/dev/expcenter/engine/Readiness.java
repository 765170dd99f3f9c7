package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
            problems.add(new Problem(Rule.READY_ANOTHER_ACTIVE, Map.of("experiment", active)));
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
            // A missing flag has no status: the detail then names the flag only.
            problems.add(new Problem(Rule.READY_FLAG_NOT_ACTIVE, flag == null ? Map.of("flag", e.featureFlagId())
                    : Map.of("flag", e.featureFlagId(), "status", flag.status().wire())));
        }
        Set<String> foreign = new LinkedHashSet<>();
        for (Allocation a : allocations) {
            Variation v = store.variations.get(a.variationId());
            if (v == null || !v.featureFlagId().equals(e.featureFlagId())) {
                foreign.add(a.variationId());
            }
        }
        if (!foreign.isEmpty()) {
            problems.add(new Problem(Rule.READY_FOREIGN_VARIATIONS,
                    Map.of("variations", List.copyOf(foreign), "flag", e.featureFlagId())));
        }
        long controls = allocations.stream().filter(Allocation::control).count();
        if (controls != 1) {
            problems.add(new Problem(Rule.READY_CONTROL_COUNT, Map.of("found", controls)));
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
            problems.add(new Problem(Rule.READY_WEIGHT_SUM, Map.of("sum", sum)));
        }
    }

    private void segmentProblems(List<Allocation> allocations, List<Problem> problems) {
        long fallbacks = allocations.stream().filter(Allocation::isFallback).count();
        if (fallbacks != 1) {
            problems.add(new Problem(Rule.READY_FALLBACK_COUNT, Map.of("found", fallbacks)));
        }
        // In allocation order: an allocation without a segment ({"at": ...}), or a segment id that is gone.
        Set<Map<String, String>> missing = new LinkedHashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            if (a.segmentId() == null) {
                if (!a.isFallback()) {
                    missing.add(Map.of("at", "allocations[" + i + "]"));
                }
            } else if (store.segments.get(a.segmentId()) == null) {
                missing.add(Map.of("segment", a.segmentId()));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(Rule.READY_MISSING_SEGMENTS, Map.of("segments", List.copyOf(missing))));
        }
    }
}
