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
import java.util.List;
import java.util.Map;

/**
 * Builds the records of one provider state, with timestamps a real history could have produced
 * (relative to {@code now}), in the order the engine would have created them.
 */
final class World {
    static final String AUTHENTICATION_FLOW = "pre_authentication";
    static final String SUBJECT = "device";

    private final Instant now;
    private final List<FeatureFlag> flags = new ArrayList<>();
    private final List<Variation> variations = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Experiment> experiments = new ArrayList<>();

    World(Instant now) {
        this.now = now;
    }

    /** A flag with one boolean parameter and a variation per id (the first serves the default, the others flip it). */
    FeatureFlag flag(String id, FlagStatus status, List<String> variationIds) {
        Instant created = ago(Duration.ofDays(3));
        Instant updated = status == FlagStatus.DRAFT ? created : ago(Duration.ofDays(2).plusHours(12));
        FeatureFlag flag = new FeatureFlag(id, "Passkey prompt", "Whether to prompt for a passkey after login.",
                OwnerType.SELF, status,
                Map.of("prompt_enabled", new FlagParameter("boolean", false, "Show the passkey prompt.")),
                created, updated);
        flags.add(flag);
        for (int i = 0; i < variationIds.size(); i++) {
            String name = i == 0 ? "Control" : variationIds.size() == 2 ? "Treatment" : "Treatment " + i;
            variations.add(new Variation(variationIds.get(i), id, name, null,
                    Map.of("prompt_enabled", i > 0), created, created));
        }
        return flag;
    }

    Segment segment(String id) {
        Instant created = ago(Duration.ofDays(3));
        Segment segment = new Segment(id, "Mobile in Europe", null, OwnerType.SELF,
                List.of(new SegmentRule(Map.of("device_type", List.of("mobile"), "region", List.of("EU")), null)),
                created, created);
        segments.add(segment);
        return segment;
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

    private Experiment add(String id, String name, String flagId, AllocationStrategy strategy,
                           ExperimentStatus status, boolean valid, List<Allocation> allocations) {
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

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    EngineState state() {
        return new EngineState(flags, variations, segments, experiments);
    }
}
