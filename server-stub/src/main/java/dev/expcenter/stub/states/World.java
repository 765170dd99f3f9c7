package dev.expcenter.stub.states;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.Segment;
import dev.expcenter.engine.SegmentRule;
import dev.expcenter.engine.Variation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the records of one provider state, with timestamps a real history could have produced
 * (relative to {@code now}), in the order the engine would have created them.
 *
 * <p>Every record is one the API itself could have written (Auth0's rules): names of 3 to 255
 * characters, unique per kind (variations: per flag), overrides that differ from the parameter's
 * default, 1..20 allocations with numeric weights. The engine tolerates duplicate names in loaded
 * state, so this class refuses them itself; {@code ProviderStatesReplayTest} replays every state
 * through the HTTP API to prove the rest.
 */
final class World {
    static final String AUTHENTICATION_FLOW = "pre_authentication";
    static final String SUBJECT = "device";
    /** The tenant's own flag of most states. */
    static final String FLAG_NAME = "Passkey prompt";
    /** The flag of Auth0's own catalogue. */
    static final String AUTH0_FLAG_NAME = "Passkey enrollment nudge";
    static final String SEGMENT_NAME = "Mobile in Europe";
    static final String AUTH0_SEGMENT_NAME = "Mobile devices";

    private final Instant now;
    private final List<FeatureFlag> flags = new ArrayList<>();
    private final List<Variation> variations = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Experiment> experiments = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    World(Instant now) {
        this.now = now;
    }

    /**
     * The tenant's flag ({@link #FLAG_NAME}) with one boolean parameter {@code prompt_enabled}
     * (default false) and a variation per id: the first, "Control", serves the default (no
     * overrides); the others, "Treatment" (or "Treatment 1", "Treatment 2", ...), turn it on.
     */
    FeatureFlag flag(String id, FlagStatus status, List<String> variationIds) {
        FeatureFlag flag = addFlag(new FeatureFlag(id, FLAG_NAME, "Whether to prompt for a passkey after login.",
                OwnerType.SELF, status,
                Map.of("prompt_enabled", new FlagParameter("boolean", false, "Show the passkey prompt.")),
                made(), flagUpdated(status)));
        addVariations(id, variationIds, "prompt_enabled", true);
        return flag;
    }

    /**
     * A flag of Auth0's own catalogue ({@code type: auth0}, read-only through the API), active, with
     * one string parameter {@code prompt_style} (default "interstitial"); "Control" serves the
     * default, the other variations show a "banner".
     */
    FeatureFlag auth0Flag(String id, List<String> variationIds) {
        FeatureFlag flag = addFlag(new FeatureFlag(id, AUTH0_FLAG_NAME,
                "Auth0's prompt to enroll a passkey after login.", OwnerType.AUTH0, FlagStatus.ACTIVE,
                Map.of("prompt_style", new FlagParameter("string", "interstitial", "How the prompt is shown.")),
                made(), flagUpdated(FlagStatus.ACTIVE)));
        addVariations(id, variationIds, "prompt_style", "banner");
        return flag;
    }

    /** The tenant's segment ({@link #SEGMENT_NAME}): mobile devices in the EU region. */
    Segment segment(String id) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("device_type", List.of("mobile"));
        match.put("region", List.of("EU"));
        return addSegment(new Segment(id, SEGMENT_NAME, null, OwnerType.SELF,
                List.of(new SegmentRule(match, null)), made(), made()));
    }

    /** A segment of Auth0's own catalogue ({@code type: auth0}, read-only through the API): mobile devices. */
    Segment auth0Segment(String id) {
        return addSegment(new Segment(id, AUTH0_SEGMENT_NAME, "Requests from mobile devices.", OwnerType.AUTH0,
                List.of(new SegmentRule(Map.of("device_type", List.of("mobile")), null)), made(), made()));
    }

    /** A percentage experiment, control 50 / treatment 50, ready to activate, in {@code status}. */
    Experiment percentage(String id, String name, String flagId, List<String> variationIds, ExperimentStatus status) {
        return add(id, name, flagId, AllocationStrategy.PERCENTAGE, status, true, List.of(
                Allocation.weighted(variationIds.get(0), 50, true),
                Allocation.weighted(variationIds.get(1), 50, false)));
    }

    /** A segment experiment: the treatment for the segment (priority 1), the control as fallback. */
    Experiment segmented(String id, String name, String flagId, List<String> variationIds, String segmentId,
                         ExperimentStatus status) {
        return add(id, name, flagId, AllocationStrategy.SEGMENT, status, true, List.of(
                Allocation.segmented(variationIds.get(1), segmentId, 1, false, false),
                Allocation.segmented(variationIds.get(0), null, null, true, true)));
    }

    /** A draft percentage experiment whose weights add up to 90 (its flag is expected to be draft too). */
    Experiment unready(String id, String flagId, List<String> variationIds) {
        return add(id, "Passkey prompt, unfinished", flagId, AllocationStrategy.PERCENTAGE, ExperimentStatus.DRAFT,
                false, List.of(
                        Allocation.weighted(variationIds.get(0), 60, true),
                        Allocation.weighted(variationIds.get(1), 30, false)));
    }

    /** Every record of {@code state}, as it is (it comes from an engine, so it is one the API wrote). */
    void records(EngineState state) {
        state.featureFlags().forEach(this::addFlag);
        variations.addAll(state.variations());
        state.segments().forEach(this::addSegment);
        experiments.addAll(state.experiments());
    }

    private FeatureFlag addFlag(FeatureFlag flag) {
        unique("feature flag", flag.name());
        flags.add(flag);
        return flag;
    }

    private void addVariations(String flagId, List<String> variationIds, String parameter, Object treatment) {
        Instant created = made();
        for (int i = 0; i < variationIds.size(); i++) {
            String name = i == 0 ? "Control" : variationIds.size() == 2 ? "Treatment" : "Treatment " + i;
            // The control serves the defaults: an override equal to a default is refused by the API.
            Map<String, Object> overrides = i == 0 ? Map.of() : Map.of(parameter, treatment);
            unique("variation of " + flagId, name);
            variations.add(new Variation(variationIds.get(i), flagId, name, null, overrides, created, created));
        }
    }

    private Segment addSegment(Segment segment) {
        unique("segment", segment.name());
        segments.add(segment);
        return segment;
    }

    private Experiment add(String id, String name, String flagId, AllocationStrategy strategy,
                           ExperimentStatus status, boolean valid, List<Allocation> allocations) {
        unique("experiment", name);
        // Each experiment a minute after the previous one, so creation order is also time order.
        Instant created = ago(Duration.ofDays(2)).plus(Duration.ofMinutes(experiments.size()));
        Instant started = ago(Duration.ofDays(1));
        Instant stopped = ago(Duration.ofHours(2));
        Instant updated = switch (status) {
            case DRAFT -> created;
            case ACTIVE -> started;
            case PAUSED, COMPLETED -> stopped;
            case ARCHIVED -> ago(Duration.ofHours(1));
        };
        // A draft never started; the others ran. Archived here means archived after completion.
        Instant startedAt = status == ExperimentStatus.DRAFT ? null : started;
        Instant endedAt = status == ExperimentStatus.COMPLETED || status == ExperimentStatus.ARCHIVED ? stopped : null;
        Experiment experiment = new Experiment(id, name, null, flagId, AUTHENTICATION_FLOW, strategy, SUBJECT,
                status, valid, allocations, created, updated, startedAt, endedAt);
        experiments.add(experiment);
        return experiment;
    }

    /** Names are unique per kind, as the API keeps them; a second holder is a bug in a state. */
    private void unique(String kind, String name) {
        if (!names.add(kind + "\u0000" + name)) {
            throw new IllegalStateException("Provider state world: two of kind '" + kind + "' named '" + name + "'");
        }
    }

    /** Flags, variations and segments were made three days ago. */
    private Instant made() {
        return ago(Duration.ofDays(3));
    }

    /** A flag that left draft did so half a day after it was made. */
    private Instant flagUpdated(FlagStatus status) {
        return status == FlagStatus.DRAFT ? made() : ago(Duration.ofDays(2).plusHours(12));
    }

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    EngineState state() {
        return new EngineState(flags, variations, segments, experiments);
    }
}
