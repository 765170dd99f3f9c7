package dev.expcenter.stub.states;

import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worlds of {@link ProviderStates}' catalogue, one method per state: each reads the consumer's
 * parameters, builds its entities in the {@link World} and returns the values it used.
 */
final class StateWorlds {
    private StateWorlds() {
    }

    static Map<String, Object> experimentExists(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        ExperimentStatus status = p.choice("status", ExperimentStatus.class, ExperimentStatus::fromWire,
                ExperimentStatus.DRAFT);
        AllocationStrategy strategy = p.choice("allocation_strategy", AllocationStrategy.class,
                AllocationStrategy::fromWire, AllocationStrategy.PERCENTAGE);
        String name = p.name("name", "Passkey prompt on login");
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        if (strategy == AllocationStrategy.SEGMENT) {
            String segmentId = p.id("segment_id", IdKind.SEGMENT);
            world.segment(segmentId);
            world.segmented(id, name, flagId, variationIds, segmentId, status);
            used.put("segment_id", segmentId);
        } else {
            world.percentage(id, name, flagId, variationIds, status);
        }
        used.put("id", id);
        used.put("status", status.wire());
        used.put("allocation_strategy", strategy.wire());
        used.put("name", name);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> failingReadiness(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.DRAFT, variationIds);
        world.unready(id, flagId, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> anotherActive(StateParams p, World world) {
        String id = p.id("id", IdKind.EXPERIMENT);
        String activeId = p.id("active_id", IdKind.EXPERIMENT);
        if (activeId.equals(id)) {
            throw p.bad("active_id must differ from id (" + id + ")");
        }
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        world.percentage(activeId, "Passkey prompt, first run", flagId, variationIds, ExperimentStatus.ACTIVE);
        world.percentage(id, "Passkey prompt on login", flagId, variationIds, ExperimentStatus.DRAFT);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("active_id", activeId);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> noExperiment(StateParams p, World world) {
        return Map.of("id", p.id("id", IdKind.EXPERIMENT));
    }

    static Map<String, Object> experimentsExist(StateParams p, World world) {
        List<String> chosen = p.has("ids") ? p.ids("ids", IdKind.EXPERIMENT, 0) : null;
        int count = p.integer("count", chosen == null ? 3 : chosen.size(), 0, 50);
        if (chosen != null && chosen.size() != count) {
            throw p.bad("count " + count + " but " + chosen.size() + " ids");
        }
        ExperimentStatus status = p.choice("status", ExperimentStatus.class, ExperimentStatus::fromWire,
                ExperimentStatus.DRAFT);
        if (status == ExperimentStatus.ACTIVE && count > 1) {
            throw p.bad("at most one experiment may be active; count " + count + " with status active");
        }
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        List<String> ids = new ArrayList<>();
        Map<String, Object> used = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            Experiment e = world.percentage(chosen == null ? p.fresh(IdKind.EXPERIMENT) : chosen.get(i - 1), "Experiment " + i, flagId, variationIds,
                    status);
            ids.add(e.id());
            used.put("id_" + i, e.id());
        }
        used.put("ids", List.copyOf(ids));
        used.put("count", count);
        used.put("status", status.wire());
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> activeFlag(StateParams p, World world) {
        String id = p.id("id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(id, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> oneInEachStatus(StateParams p, World world) {
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (ExperimentStatus status : ExperimentStatus.values()) {
            String param = status.wire() + "_id";
            String id = p.id(param, IdKind.EXPERIMENT);
            String name = Character.toUpperCase(status.wire().charAt(0)) + status.wire().substring(1) + " experiment";
            world.percentage(id, name, flagId, variationIds, status);
            used.put(param, id);
            ids.add(id);
        }
        used.put("ids", List.copyOf(ids));
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> auth0Flag(StateParams p, World world) {
        String id = p.id("id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.auth0Flag(id, variationIds);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        putVariations(used, variationIds);
        return used;
    }

    static Map<String, Object> auth0Segment(StateParams p, World world) {
        String id = p.id("id", IdKind.SEGMENT);
        String flagId = p.id("feature_flag_id", IdKind.FEATURE_FLAG);
        List<String> variationIds = p.ids("variation_ids", IdKind.VARIATION, 2);
        world.flag(flagId, FlagStatus.ACTIVE, variationIds);
        world.auth0Segment(id);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("id", id);
        used.put("feature_flag_id", flagId);
        putVariations(used, variationIds);
        return used;
    }

    /** {@code variation_ids} as a list, and each one as {@code variation_id_1}, {@code variation_id_2}, ... */
    private static void putVariations(Map<String, Object> used, List<String> variationIds) {
        used.put("variation_ids", List.copyOf(variationIds));
        for (int i = 0; i < variationIds.size(); i++) {
            used.put("variation_id_" + (i + 1), variationIds.get(i));
        }
    }
}
