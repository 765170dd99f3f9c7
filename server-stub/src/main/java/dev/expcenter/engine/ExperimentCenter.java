package dev.expcenter.engine;

import java.time.Clock;
import java.util.List;

/**
 * The in-memory Experiment Center of one tenant: experiments, feature flags, variations and
 * segments, with their lifecycle rules. Thread-safe: writes are serialised, reads never block.
 * Every broken rule is an {@link EngineException}; the package documentation lists the checks of
 * each operation in the order they run.
 */
public final class ExperimentCenter {
    private final Clock clock;
    private final IdGenerator ids;
    // Replaced whole by replace(); every operation reads it once, so it sees one consistent tenant.
    private volatile Tenant tenant;

    private ExperimentCenter(Store store, Clock clock, IdGenerator ids) {
        this.clock = clock;
        this.ids = ids;
        this.tenant = new Tenant(store);
    }

    /** One store and the services working on it. */
    private static final class Tenant {
        final Store store;
        final Experiments experiments;
        final Flags flags;
        final Variations variations;
        final Segments segments;

        Tenant(Store store) {
            this.store = store;
            this.experiments = new Experiments(store);
            this.flags = new Flags(store);
            this.variations = new Variations(store, flags);
            this.segments = new Segments(store);
        }
    }

    /** An empty tenant on the UTC system clock with secure random ids. */
    public static ExperimentCenter create() {
        return create(Clock.systemUTC(), IdGenerator.secureRandom());
    }

    /** An empty tenant. */
    public static ExperimentCenter create(Clock clock, IdGenerator ids) {
        return new ExperimentCenter(new Store(clock, ids), clock, ids);
    }

    /** A tenant holding {@code state}; an {@link EngineException} naming the bad id if it is inconsistent. */
    public static ExperimentCenter restore(EngineState state, Clock clock, IdGenerator ids) {
        return new ExperimentCenter(loaded(state, clock, ids), clock, ids);
    }

    /**
     * Replaces everything with {@code state} (a reset or an import); the current state stays if
     * {@code state} is inconsistent. Writes racing with the replacement land in the old state and are
     * discarded with it.
     */
    public void replace(EngineState state) {
        tenant = new Tenant(loaded(state, clock, ids));
    }

    private static Store loaded(EngineState state, Clock clock, IdGenerator ids) {
        Store store = new Store(clock, ids);
        store.write(() -> {
            new StateLoader(store).load(state);
            return null;
        });
        return store;
    }

    /** Everything, as immutable records in creation order; consistent across entity kinds. */
    public EngineState snapshot() {
        Store store = tenant.store;
        return store.write(() -> new EngineState(store.flags.values(), store.variations.values(),
                store.segments.values(), store.experiments.values()));
    }

    // Experiments

    /** A page of experiments in creation order. */
    public Page<Experiment> listExperiments(ExperimentQuery query) {
        return tenant.experiments.list(query);
    }

    /** Creates a draft experiment. */
    public Experiment createExperiment(NewExperiment command) {
        return tenant.experiments.create(command);
    }

    /** The experiment; 404 {@code inexistent_experiment} if there is none. */
    public Experiment getExperiment(String id) {
        return tenant.experiments.get(id);
    }

    /** Applies the sent fields; the experiment unchanged if they change nothing. */
    public Experiment updateExperiment(String id, ExperimentPatch patch) {
        return tenant.experiments.update(id, patch);
    }

    /** Deletes the experiment; false if there was none (not an error). */
    public boolean deleteExperiment(String id) {
        return tenant.experiments.delete(id);
    }

    /** Moves the experiment to {@code target}; {@link Transition.Unchanged} if it is already there. */
    public Transition<Experiment> transitionExperiment(String id, ExperimentStatus target) {
        return tenant.experiments.transition(id, target);
    }

    /** Runs every readiness check; writes nothing. */
    public ValidationReport validateExperiment(String id) {
        return tenant.experiments.validate(id);
    }

    // Feature flags

    /** A page of feature flags in creation order. */
    public Page<FeatureFlag> listFlags(FlagQuery query) {
        return tenant.flags.list(query);
    }

    /** Creates a draft flag of type {@code self}. */
    public FeatureFlag createFlag(NewFlag command) {
        return tenant.flags.create(command);
    }

    /** The flag; 404 {@code inexistent_feature_flag} if there is none. */
    public FeatureFlag getFlag(String id) {
        return tenant.flags.get(id);
    }

    /** Applies the sent fields; the flag unchanged if they change nothing; 403 for an {@code auth0} flag. */
    public FeatureFlag updateFlag(String id, FlagPatch patch) {
        return tenant.flags.update(id, patch);
    }

    /** Deletes the flag and its variations; false if there was none (not an error); 403 for {@code auth0}. */
    public boolean deleteFlag(String id) {
        return tenant.flags.delete(id);
    }

    /** Moves the flag to {@code target}; {@link Transition.Unchanged} if it is already there; 403 for {@code auth0}. */
    public Transition<FeatureFlag> transitionFlag(String id, FlagStatus target) {
        return tenant.flags.transition(id, target);
    }

    // Variations

    /** Every variation of the flag, in creation order. */
    public List<Variation> listVariations(String flagId) {
        return tenant.variations.list(flagId);
    }

    /** Creates a variation of the flag. */
    public Variation createVariation(String flagId, NewVariation command) {
        return tenant.variations.create(flagId, command);
    }

    /** The variation; 404 {@code inexistent_variation} if the flag has none with this id. */
    public Variation getVariation(String flagId, String id) {
        return tenant.variations.get(flagId, id);
    }

    /** Applies the sent fields; the variation unchanged if they change nothing. */
    public Variation updateVariation(String flagId, String id, VariationPatch patch) {
        return tenant.variations.update(flagId, id, patch);
    }

    /** Deletes the variation; false if the flag has none with this id (not an error); never the last one. */
    public boolean deleteVariation(String flagId, String id) {
        return tenant.variations.delete(flagId, id);
    }

    // Segments

    /** A page of segments in creation order. */
    public Page<Segment> listSegments(SegmentQuery query) {
        return tenant.segments.list(query);
    }

    /** Creates a segment of type {@code self}. */
    public Segment createSegment(NewSegment command) {
        return tenant.segments.create(command);
    }

    /** The segment; 404 {@code inexistent_segment} if there is none. */
    public Segment getSegment(String id) {
        return tenant.segments.get(id);
    }

    /** Applies the sent fields; the segment unchanged if they change nothing; 403 for {@code auth0}. */
    public Segment updateSegment(String id, SegmentPatch patch) {
        return tenant.segments.update(id, patch);
    }

    /** Deletes the segment; false if there was none (not an error); 403 for an {@code auth0} segment. */
    public boolean deleteSegment(String id) {
        return tenant.segments.delete(id);
    }
}
