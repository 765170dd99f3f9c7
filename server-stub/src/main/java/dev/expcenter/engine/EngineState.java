package dev.expcenter.engine;

import java.util.List;

/** The whole state of one tenant, each list in creation order. */
public record EngineState(List<FeatureFlag> featureFlags, List<Variation> variations, List<Segment> segments,
                          List<Experiment> experiments) {

    public EngineState {
        featureFlags = featureFlags == null ? List.of() : List.copyOf(featureFlags);
        variations = variations == null ? List.of() : List.copyOf(variations);
        segments = segments == null ? List.of() : List.copyOf(segments);
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
    }

    /** A tenant with nothing in it. */
    public static EngineState empty() {
        return new EngineState(List.of(), List.of(), List.of(), List.of());
    }
}
