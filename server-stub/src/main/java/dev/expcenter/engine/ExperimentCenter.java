package dev.expcenter.engine;

import java.time.Clock;
import java.util.List;

/**
 * The in-memory Experiment Center of one tenant: experiments, feature flags, variations and
 * segments, with their lifecycle rules. Thread-safe: writes are serialised, reads never block.
 * Every broken rule is an {@link EngineException}.
 */
public final class ExperimentCenter {
    private final Store store;
    private final Experiments experiments;
    private final Flags flags;
    private final Variations variations;
    private final Segments segments;

    private ExperimentCenter(Store store) {
        this.store = store;
        this.experiments = new Experiments(store);
        this.flags = new Flags(store);
        this.variations = new Variations(store, flags);
        this.segments = new Segments(store);
    }

    /** An empty tenant on the UTC system clock with secure random ids. */
    public static ExperimentCenter create() {
        return create(Clock.systemUTC(), IdGenerator.secureRandom());
    }

    /** An empty tenant. */
    public static ExperimentCenter create(Clock clock, IdGenerator ids) {
        return new ExperimentCenter(new Store(clock, ids));
    }

    /** A tenant holding {@code state}; an {@link EngineException} naming the bad id if it is inconsistent. */
    public static ExperimentCenter restore(EngineState state, Clock clock, IdGenerator ids) {
        Store store = new Store(clock, ids);
        store.write(() -> {
            new StateLoader(store).load(state);
            return null;
        });
        return new ExperimentCenter(store);
    }

    /** Everything, as immutable records in creation order; consistent across entity kinds. */
    public EngineState snapshot() {
        return store.write(() -> new EngineState(store.flags.values(), store.variations.values(),
                store.segments.values(), store.experiments.values()));
    }

    // Experiments

    /** A page of experiments in creation order. */
    public Page<Experiment> listExperiments(ExperimentQuery query) {
        return experiments.list(query);
    }

    /** Creates a draft experiment. */
    public Experiment createExperiment(NewExperiment command) {
        return experiments.create(command);
    }

    /** The experiment; 404 {@code inexistent_experiment} if there is none. */
    public Experiment getExperiment(String id) {
        return experiments.get(id);
    }

    /** Applies the sent fields; the experiment unchanged if they change nothing. */
    public Experiment updateExperiment(String id, ExperimentPatch patch) {
        return experiments.update(id, patch);
    }

    /** Deletes the experiment; false if there was none (not an error). */
    public boolean deleteExperiment(String id) {
        return experiments.delete(id);
    }

    /** Moves the experiment to {@code target}; {@link Transition.Unchanged} if it is already there. */
    public Transition<Experiment> transitionExperiment(String id, ExperimentStatus target) {
        return experiments.transition(id, target);
    }

    /** Runs every readiness check; writes nothing. */
    public ValidationReport validateExperiment(String id) {
        return experiments.validate(id);
    }

    // Feature flags

    /** A page of feature flags in creation order. */
    public Page<FeatureFlag> listFlags(FlagQuery query) {
        return flags.list(query);
    }

    /** Creates a draft flag of type {@code self}. */
    public FeatureFlag createFlag(NewFlag command) {
        return flags.create(command);
    }

    /** The flag; 404 {@code inexistent_feature_flag} if there is none. */
    public FeatureFlag getFlag(String id) {
        return flags.get(id);
    }

    /** Applies the sent fields; the flag unchanged if they change nothing. */
    public FeatureFlag updateFlag(String id, FlagPatch patch) {
        return flags.update(id, patch);
    }

    /** Deletes the flag and its variations; false if there was none (not an error). */
    public boolean deleteFlag(String id) {
        return flags.delete(id);
    }

    /** Moves the flag to {@code target}; {@link Transition.Unchanged} if it is already there. */
    public Transition<FeatureFlag> transitionFlag(String id, FlagStatus target) {
        return flags.transition(id, target);
    }

    // Variations

    /** Every variation of the flag, in creation order. */
    public List<Variation> listVariations(String flagId) {
        return variations.list(flagId);
    }

    /** Creates a variation of the flag. */
    public Variation createVariation(String flagId, NewVariation command) {
        return variations.create(flagId, command);
    }

    /** The variation; 404 {@code inexistent_variation} if the flag has none with this id. */
    public Variation getVariation(String flagId, String id) {
        return variations.get(flagId, id);
    }

    /** Applies the sent fields; the variation unchanged if they change nothing. */
    public Variation updateVariation(String flagId, String id, VariationPatch patch) {
        return variations.update(flagId, id, patch);
    }

    /** Deletes the variation; false if the flag has none with this id (not an error). */
    public boolean deleteVariation(String flagId, String id) {
        return variations.delete(flagId, id);
    }

    // Segments

    /** A page of segments in creation order. */
    public Page<Segment> listSegments(SegmentQuery query) {
        return segments.list(query);
    }

    /** Creates a segment of type {@code self}. */
    public Segment createSegment(NewSegment command) {
        return segments.create(command);
    }

    /** The segment; 404 {@code inexistent_segment} if there is none. */
    public Segment getSegment(String id) {
        return segments.get(id);
    }

    /** Applies the sent fields; the segment unchanged if they change nothing. */
    public Segment updateSegment(String id, SegmentPatch patch) {
        return segments.update(id, patch);
    }

    /** Deletes the segment; false if there was none (not an error). */
    public boolean deleteSegment(String id) {
        return segments.delete(id);
    }
}
