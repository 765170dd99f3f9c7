package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A tenant for tests: an engine on a controllable clock with sequential ids, and builders of ready-made things. */
final class Tenant {
    static final Instant START = Instant.parse("2026-03-01T10:00:00.123456Z");

    final TestClock clock = new TestClock(START);
    final ExperimentCenter engine;
    /** Names are unique per kind, so the builders number theirs. */
    private int names;

    Tenant() {
        this.engine = ExperimentCenter.create(clock, new SequentialIds());
    }

    Tenant(EngineState state) {
        this.engine = ExperimentCenter.restore(state, clock, new SequentialIds());
    }

    static Map<String, FlagParameter> colorParameter() {
        Map<String, FlagParameter> parameters = new LinkedHashMap<>();
        parameters.put("color", new FlagParameter("string", "blue", "Button colour"));
        parameters.put("show_prompt", new FlagParameter("boolean", false, null));
        return parameters;
    }

    /** A draft flag with the colour parameters and {@code variations} variations. */
    FeatureFlag draftFlag(int variations) {
        FeatureFlag flag = engine.createFlag(new NewFlag("Checkout button " + ++names, "A flag", colorParameter()));
        for (int i = 0; i < variations; i++) {
            engine.createVariation(flag.id(), new NewVariation("v" + i, null, Map.of("color", "c" + i)));
        }
        return flag;
    }

    /** An active flag with two variations. */
    FeatureFlag activeFlag() {
        FeatureFlag flag = draftFlag(2);
        return engine.transitionFlag(flag.id(), FlagStatus.ACTIVE).result();
    }

    List<String> variationIds(FeatureFlag flag) {
        return engine.listVariations(flag.id()).stream().map(Variation::id).toList();
    }

    /** 50/50 over the flag's two variations, control on the first. */
    List<Allocation> fiftyFifty(FeatureFlag flag) {
        List<String> v = variationIds(flag);
        return List.of(Allocation.weighted(v.get(0), 50, true), Allocation.weighted(v.get(1), 50, false));
    }

    Experiment percentageExperiment(FeatureFlag flag, List<Allocation> allocations) {
        return engine.createExperiment(new NewExperiment("Checkout test " + ++names, "desc", flag.id(), "pre_authentication",
                AllocationStrategy.PERCENTAGE, "device", allocations));
    }

    Experiment segmentExperiment(FeatureFlag flag, List<Allocation> allocations) {
        return engine.createExperiment(new NewExperiment("Segment test " + ++names, null, flag.id(), "pre_authentication",
                AllocationStrategy.SEGMENT, "device", allocations));
    }

    /** A draft experiment that passes every readiness check (on its own new active flag). */
    Experiment readyExperiment() {
        FeatureFlag flag = activeFlag();
        return percentageExperiment(flag, fiftyFifty(flag));
    }

    Segment segment(String name) {
        return engine.createSegment(new NewSegment(name, null,
                List.of(new SegmentRule(Map.of("country", List.of("FR")), null))));
    }

    /** A ready experiment driven to {@code status} along allowed moves. */
    Experiment experimentIn(ExperimentStatus status) {
        Experiment e = readyExperiment();
        List<ExperimentStatus> path = switch (status) {
            case DRAFT -> List.of();
            case ACTIVE -> List.of(ExperimentStatus.ACTIVE);
            case PAUSED -> List.of(ExperimentStatus.ACTIVE, ExperimentStatus.PAUSED);
            case COMPLETED -> List.of(ExperimentStatus.ACTIVE, ExperimentStatus.COMPLETED);
            case ARCHIVED -> List.of(ExperimentStatus.ARCHIVED);
        };
        for (ExperimentStatus step : path) {
            e = engine.transitionExperiment(e.id(), step).result();
        }
        return e;
    }

    /** A flag driven to {@code status}, with two variations. */
    FeatureFlag flagIn(FlagStatus status) {
        FeatureFlag flag = draftFlag(2);
        if (status != FlagStatus.DRAFT) {
            flag = engine.transitionFlag(flag.id(), status).result();
        }
        return flag;
    }

    /**
     * Adds a draft experiment the way a state import would, past the write-time checks (a variation
     * of another flag, an unknown segment, no allocations): the engine's whole state is replaced.
     */
    Experiment imported(FeatureFlag flag, AllocationStrategy strategy, List<Allocation> allocations) {
        EngineState state = engine.snapshot();
        Experiment e = new Experiment("exp_imported" + (state.experiments().size() + 1), "Imported "
                + (state.experiments().size() + 1), null, flag.id(), "pre_authentication", strategy, "device",
                ExperimentStatus.DRAFT, false, allocations, START, START, null, null);
        List<Experiment> experiments = new java.util.ArrayList<>(state.experiments());
        experiments.add(e);
        engine.replace(new EngineState(state.featureFlags(), state.variations(), state.segments(), experiments));
        return engine.getExperiment(e.id());
    }

    static EngineException failure(ThrowingCallable call) {
        EngineException e = catchThrowableOfType(EngineException.class, call);
        if (e == null) {
            throw new AssertionError("Expected an EngineException");
        }
        return e;
    }
}
