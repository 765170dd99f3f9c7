package dev.expcenter.engine;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The in-memory Experiment Center of one tenant: experiments, feature flags, variations and
 * segments, with their lifecycle rules. Thread-safe: writes are serialised, reads never block.
 * Every broken rule is an {@link EngineException}; the package documentation lists the checks of
 * each operation in the order they run. A write is all or nothing, and a {@link ChangeListener}
 * hears each one before it is acknowledged.
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
     * {@code state} is inconsistent or the listener refuses it. A write racing with the replacement
     * runs either wholly before it (and is replaced) or after it, on the new state.
     */
    public void replace(EngineState state) {
        Store next = loaded(state, clock, ids);
        write(t -> {
            t.store.retire(next, () -> {
                ChangeListener listener = next.listener();
                if (listener != null) {
                    listener.replaced(state);
                }
                tenant = new Tenant(next);
            });
            return null;
        });
    }

    /**
     * Hands every later write, and every replacement, to {@code listener} (null for none): one
     * listener at a time. It runs under the write lock, so it sees the writes in the order they
     * were made; if it throws, the write is undone and the exception reaches the caller.
     */
    public void listen(ChangeListener listener) {
        write(t -> {
            t.store.listen(listener);
            return null;
        });
    }

    private static Store loaded(EngineState state, Clock clock, IdGenerator ids) {
        Store store = new Store(clock, ids);
        store.fill(() -> new StateLoader(store).load(state));
        return store;
    }

    /** Everything, as immutable records in creation order; consistent across entity kinds. */
    public EngineState snapshot() {
        return write(t -> t.store.write(() -> new EngineState(t.store.flags.values(), t.store.variations.values(),
                t.store.segments.values(), t.store.experiments.values())));
    }

    /** Runs a write on the current tenant, again on the next one if a replacement retired it meanwhile. */
    private <T> T write(Function<Tenant, T> operation) {
        while (true) {
            try {
                return operation.apply(tenant);
            } catch (Store.Retired retired) {
                Thread.onSpinWait();
            }
        }
    }

    // Experiments

    /** A page of experiments in creation order. */
    public Page<Experiment> listExperiments(ExperimentQuery query) {
        return tenant.experiments.list(query);
    }

    /** Creates a draft experiment. */
    public Experiment createExperiment(NewExperiment command) {
        return write(t -> t.experiments.create(command));
    }

    /** The experiment; 404 {@code inexistent_experiment} if there is none. */
    public Experiment getExperiment(String id) {
        return tenant.experiments.get(id);
    }

    /** Applies the sent fields; the experiment unchanged if they change nothing. */
    public Experiment updateExperiment(String id, ExperimentPatch patch) {
        return write(t -> t.experiments.update(id, patch));
    }

    /** Deletes the experiment; false if there was none (not an error). */
    public boolean deleteExperiment(String id) {
        return write(t -> t.experiments.delete(id));
    }

    /** Moves the experiment to {@code target}; {@link Transition.Unchanged} if it is already there. */
    public Transition<Experiment> transitionExperiment(String id, ExperimentStatus target) {
        return write(t -> t.experiments.transition(id, target));
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
        return write(t -> t.flags.create(command));
    }

    /** The flag; 404 {@code inexistent_feature_flag} if there is none. */
    public FeatureFlag getFlag(String id) {
        return tenant.flags.get(id);
    }

    /** Applies the sent fields; the flag unchanged if they change nothing; 403 for an {@code auth0} flag. */
    public FeatureFlag updateFlag(String id, FlagPatch patch) {
        return write(t -> t.flags.update(id, patch));
    }

    /** Deletes the flag and its variations; false if there was none (not an error); 403 for {@code auth0}. */
    public boolean deleteFlag(String id) {
        return write(t -> t.flags.delete(id));
    }

    /** Moves the flag to {@code target}; {@link Transition.Unchanged} if it is already there; 403 for {@code auth0}. */
    public Transition<FeatureFlag> transitionFlag(String id, FlagStatus target) {
        return write(t -> t.flags.transition(id, target));
    }

    // Variations

    /** Every variation of the flag, in creation order. */
    public List<Variation> listVariations(String flagId) {
        return tenant.variations.list(flagId);
    }

    /** Creates a variation of the flag. */
    public Variation createVariation(String flagId, NewVariation command) {
        return write(t -> t.variations.create(flagId, command));
    }

    /** The variation; 404 {@code inexistent_variation} if the flag has none with this id. */
    public Variation getVariation(String flagId, String id) {
        return tenant.variations.get(flagId, id);
    }

    /** Applies the sent fields; the variation unchanged if they change nothing. */
    public Variation updateVariation(String flagId, String id, VariationPatch patch) {
        return write(t -> t.variations.update(flagId, id, patch));
    }

    /** Deletes the variation; false if the flag has none with this id (not an error); never the last one. */
    public boolean deleteVariation(String flagId, String id) {
        return write(t -> t.variations.delete(flagId, id));
    }

    // Segments

    /** A page of segments in creation order. */
    public Page<Segment> listSegments(SegmentQuery query) {
        return tenant.segments.list(query);
    }

    /** Creates a segment of type {@code self}. */
    public Segment createSegment(NewSegment command) {
        return write(t -> t.segments.create(command));
    }

    /** The segment; 404 {@code inexistent_segment} if there is none. */
    public Segment getSegment(String id) {
        return tenant.segments.get(id);
    }

    /** Applies the sent fields; the segment unchanged if they change nothing; 403 for {@code auth0}. */
    public Segment updateSegment(String id, SegmentPatch patch) {
        return write(t -> t.segments.update(id, patch));
    }

    /** Deletes the segment; false if there was none (not an error); 403 for an {@code auth0} segment. */
    public boolean deleteSegment(String id) {
        return write(t -> t.segments.delete(id));
    }
}
