package dev.expcenter.stub.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.expcenter.engine.EngineState;
import dev.expcenter.stub.mapping.ExperimentMapping;
import dev.expcenter.stub.mapping.FlagMapping;
import dev.expcenter.stub.mapping.SegmentMapping;
import dev.expcenter.stub.mapping.VariationMapping;
import dev.expcenter.stub.model.Experiment;
import dev.expcenter.stub.model.FeatureFlag;
import dev.expcenter.stub.model.Segment;
import dev.expcenter.stub.model.Variation;
import jakarta.validation.Valid;

import java.util.List;

/**
 * A whole tenant's state in the API's own shapes: what data files hold and what the mock exports and
 * imports. Each list holds the generated wire models, in creation order.
 */
public record StateDocument(
        @JsonProperty("feature_flags") List<@Valid FeatureFlag> featureFlags,
        @JsonProperty("variations") List<@Valid Variation> variations,
        @JsonProperty("segments") List<@Valid Segment> segments,
        @JsonProperty("experiments") List<@Valid Experiment> experiments) {

    public StateDocument {
        featureFlags = featureFlags == null ? List.of() : List.copyOf(featureFlags);
        variations = variations == null ? List.of() : List.copyOf(variations);
        segments = segments == null ? List.of() : List.copyOf(segments);
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
    }

    /** The document of an engine's state. */
    public static StateDocument of(EngineState state) {
        return new StateDocument(
                state.featureFlags().stream().map(FlagMapping::toDto).toList(),
                state.variations().stream().map(VariationMapping::toDto).toList(),
                state.segments().stream().map(SegmentMapping::toDto).toList(),
                state.experiments().stream().map(ExperimentMapping::toDto).toList());
    }

    /** The engine state this document describes (its consistency is checked when an engine is built from it). */
    public EngineState toState() {
        return new EngineState(
                featureFlags.stream().map(FlagMapping::fromDto).toList(),
                variations.stream().map(VariationMapping::fromDto).toList(),
                segments.stream().map(SegmentMapping::fromDto).toList(),
                experiments.stream().map(ExperimentMapping::fromDto).toList());
    }
}
