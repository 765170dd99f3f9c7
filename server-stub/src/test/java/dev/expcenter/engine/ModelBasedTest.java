package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.error.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random (seeded, bounded) sequences of creates, transitions, patches and deletes on flags, variations and
 * experiments, applied to the engine and to {@link Model}, a small reference written from the lifecycle
 * tables and rules of the spec's operation descriptions (not from the engine): at every step both give the same
 * outcome (success, or the same errorCode) and the same statuses and ids afterwards.
 */
class ModelBasedTest {
    private static final int SEQUENCES = 200;
    private static final int STEPS = 30;
    private static final String OK = "ok";

    @Test
    void theEngineShouldAgreeWithTheDecisionsTableOnRandomSequences() {
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            run(20261126L * 31 + sequence, seen);
        }
        System.out.println("model-based outcomes: " + seen);
        // The sequences reach the table's corners, not only its easy paths.
        assertThat(seen).containsKeys("FLAG_STATUS ok", "EXPERIMENT_STATUS ok", "EXPERIMENT_STATUS invalid_status_transition",
                "EXPERIMENT_STATUS feature_flag_not_active", "EXPERIMENT_STATUS experiment_active_limit_exceeded",
                "EXPERIMENT_STATUS experiment_invalid_allocation_weights", "EXPERIMENT_STATUS experiment_missing_control",
                "FLAG_STATUS feature_flag_insufficient_variations", "DELETE_FLAG feature_flag_in_use",
                "DELETE_VARIATION variation_in_use", "PATCH_ALLOCATIONS experiment_requires_pause",
                "PATCH_NAME experiment_not_editable", "DELETE_EXPERIMENT experiment_active",
                "CREATE_EXPERIMENT feature_flag_archived", "CREATE_EXPERIMENT invalid_body",
                "CREATE_FLAG feature_flag_exists", "CREATE_VARIATION variation_exists", "CREATE_EXPERIMENT experiment_exists",
                "PATCH_NAME experiment_exists", "DELETE_VARIATION feature_flag_last_variation");
    }

    private static void run(long seed, Map<String, Integer> seen) {
        Random random = new Random(seed);
        ExperimentCenter engine = ExperimentCenter.create();
        Model model = new Model();
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            Step next = Step.random(random, model);
            String expected = next.onModel(model);
            String actual = outcome(() -> next.onEngine(engine, model));
            log.add(next + " -> " + actual);
            seen.merge(next.kind + " " + actual, 1, Integer::sum);
            assertThat(actual).as("seed %d, outcome of step %d in %s", seed, step, log).isEqualTo(expected);
            if (OK.equals(actual) && next.creates()) {
                model.adopt(next, engine);
            }
            assertThat(statuses(engine)).as("seed %d, statuses after step %d in %s", seed, step, log)
                    .isEqualTo(model.statuses());
        }
    }

    private static String outcome(Supplier<?> call) {
        try {
            call.get();
            return OK;
        } catch (EngineException e) {
            return ApiError.of(e.code()).wire();
        }
    }

    /** Every entity's id and status (variations: their flag), in creation order. */
    private static Map<String, String> statuses(ExperimentCenter engine) {
        EngineState state = engine.snapshot();
        Map<String, String> out = new LinkedHashMap<>();
        state.featureFlags().forEach(f -> out.put(f.id(), f.status().name()));
        state.variations().forEach(v -> out.put(v.id(), "of " + v.featureFlagId()));
        state.experiments().forEach(e -> out.put(e.id(), e.status().name()));
        return out;
    }

    // ---- the reference model ----

    /** What the decisions table says, over plain maps. Ids come from the engine when a create succeeds. */
    static final class Model {
        final Map<String, String> flags = new LinkedHashMap<>();          // id -> DRAFT | ACTIVE | ARCHIVED
        final Map<String, String> variations = new LinkedHashMap<>();     // id -> flag id
        final Map<String, ModelExperiment> experiments = new LinkedHashMap<>();
        final Map<String, String> names = new LinkedHashMap<>();          // flag, variation or experiment id -> name
        final List<String> gone = new ArrayList<>(List.of("flg_gone", "var_gone", "exp_gone"));
        int fresh;

        /** A new name, or (one time in four) one some entity of the same prefix already has. */
        String name(Random r, String prefix) {
            List<String> taken = names.values().stream().filter(n -> n.startsWith(prefix)).toList();
            return taken.isEmpty() || r.nextInt(4) != 0 ? prefix + fresh++ : taken.get(r.nextInt(taken.size()));
        }

        /** Whether an entity among {@code ids}, other than {@code self}, is named {@code name}. */
        boolean named(java.util.Collection<String> ids, String self, String name) {
            return ids.stream().anyMatch(id -> !id.equals(self) && name.equals(names.get(id)));
        }

        Map<String, String> statuses() {
            Map<String, String> out = new LinkedHashMap<>();
            out.putAll(flags);
            variations.forEach((id, flag) -> out.put(id, "of " + flag));
            experiments.forEach((id, e) -> out.put(id, e.status));
            return out;
        }

        List<String> variationsOf(String flagId) {
            return variations.entrySet().stream().filter(e -> e.getValue().equals(flagId)).map(Map.Entry::getKey).toList();
        }

        /** Used by a non-archived experiment. */
        boolean referenced(String id) {
            return experiments.values().stream().filter(e -> !e.status.equals("ARCHIVED"))
                    .anyMatch(e -> e.flagId.equals(id) || e.variationIds().contains(id));
        }

        void adopt(Step step, ExperimentCenter engine) {
            EngineState state = engine.snapshot();
            String id = switch (step.kind) {
                case CREATE_FLAG -> last(state.featureFlags()).id();
                case CREATE_VARIATION -> last(state.variations()).id();
                case CREATE_EXPERIMENT -> last(state.experiments()).id();
                default -> throw new IllegalStateException(step.kind.name());
            };
            switch (step.kind) {
                case CREATE_FLAG -> flags.put(id, "DRAFT");
                case CREATE_VARIATION -> variations.put(id, step.target);
                default -> experiments.put(id, new ModelExperiment(step.target, step.allocations));
            }
            names.put(id, step.second);
        }

        private static <T> T last(List<T> list) {
            return list.get(list.size() - 1);
        }
    }

    /** An experiment as the model sees it: its flag, allocations and status. */
    static final class ModelExperiment {
        final String flagId;
        List<Allocation> allocations;
        String status = "DRAFT";

        ModelExperiment(String flagId, List<Allocation> allocations) {
            this.flagId = flagId;
            this.allocations = allocations;
        }

        List<String> variationIds() {
            return allocations.stream().map(Allocation::variationId).toList();
        }
    }

    enum Kind {
        CREATE_FLAG, CREATE_VARIATION, FLAG_STATUS, DELETE_FLAG, DELETE_VARIATION,
        CREATE_EXPERIMENT, EXPERIMENT_STATUS, PATCH_NAME, PATCH_ALLOCATIONS, DELETE_EXPERIMENT
    }

    /** One operation with its arguments, applied to the model (returning the expected outcome) or the engine. */
    static final class Step {
        final Kind kind;
        final String target;
        final String second;
        final String status;
        final List<Allocation> allocations;

        Step(Kind kind, String target, String second, String status, List<Allocation> allocations) {
            this.kind = kind;
            this.target = target;
            this.second = second;
            this.status = status;
            this.allocations = allocations;
        }

        boolean creates() {
            return kind == Kind.CREATE_FLAG || kind == Kind.CREATE_VARIATION || kind == Kind.CREATE_EXPERIMENT;
        }

        @Override
        public String toString() {
            return kind + "(" + target + (second == null ? "" : ", " + second) + (status == null ? "" : ", " + status)
                    + (allocations == null ? "" : ", " + allocations.size() + " allocations") + ")";
        }

        static Step random(Random r, Model m) {
            if (r.nextBoolean()) {
                return productive(r, m);
            }
            Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
            String flag = pick(r, m.flags.keySet(), m);
            String exp = pick(r, m.experiments.keySet(), m);
            return switch (kind) {
                case CREATE_FLAG -> new Step(kind, null, m.name(r, "flag-"), null, null);
                case CREATE_VARIATION -> {
                    // Variations under archived flags are not decided; only live or missing flags.
                    List<String> live = m.flags.entrySet().stream().filter(e -> !e.getValue().equals("ARCHIVED"))
                            .map(Map.Entry::getKey).toList();
                    yield new Step(kind, live.isEmpty() || r.nextInt(8) == 0 ? "flg_gone" : live.get(r.nextInt(live.size())),
                            m.name(r, "var-"), null, null);
                }
                case FLAG_STATUS -> new Step(kind, flag, null, List.of("DRAFT", "ACTIVE", "ARCHIVED").get(r.nextInt(3)), null);
                case DELETE_FLAG -> new Step(kind, flag, null, null, null);
                case DELETE_VARIATION -> {
                    String owner = flag;
                    List<String> vars = m.variationsOf(owner);
                    String var = vars.isEmpty() || r.nextInt(6) == 0 ? "var_gone" : vars.get(r.nextInt(vars.size()));
                    yield new Step(kind, owner, var, null, null);
                }
                case CREATE_EXPERIMENT -> new Step(kind, flag, m.name(r, "exp-"), null, allocations(r, m.variationsOf(flag)));
                case EXPERIMENT_STATUS -> new Step(kind, exp, null,
                        List.of("DRAFT", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED").get(r.nextInt(5)), null);
                case PATCH_NAME -> new Step(kind, exp, m.name(r, "exp-"), null, null);
                case PATCH_ALLOCATIONS -> {
                    ModelExperiment e = m.experiments.get(exp);
                    yield new Step(kind, exp, null, null, allocations(r, e == null ? List.of() : m.variationsOf(e.flagId)));
                }
                case DELETE_EXPERIMENT -> new Step(kind, exp, null, null, null);
            };
        }

        /** A step towards running experiments (flags with variations, active, experiments, activations). */
        private static Step productive(Random r, Model m) {
            if (m.flags.isEmpty()) {
                return new Step(Kind.CREATE_FLAG, null, "flag-" + m.fresh++, null, null);
            }
            List<String> live = m.flags.entrySet().stream().filter(e -> !e.getValue().equals("ARCHIVED"))
                    .map(Map.Entry::getKey).toList();
            for (String flag : live) {
                if (m.variationsOf(flag).size() < 3) {
                    return new Step(Kind.CREATE_VARIATION, flag, "var-" + m.fresh++, null, null);
                }
            }
            for (String flag : live) {
                if (m.flags.get(flag).equals("DRAFT") && r.nextBoolean()) {
                    return new Step(Kind.FLAG_STATUS, flag, null, "ACTIVE", null);
                }
            }
            if (live.isEmpty()) {
                return new Step(Kind.CREATE_FLAG, null, "flag-" + m.fresh++, null, null);
            }
            if (m.experiments.size() < 3 || r.nextInt(4) == 0) {
                String flag = live.get(r.nextInt(live.size()));
                return new Step(Kind.CREATE_EXPERIMENT, flag, "exp-" + m.fresh++, null,
                        allocations(r, m.variationsOf(flag)));
            }
            List<String> exps = new ArrayList<>(m.experiments.keySet());
            return new Step(Kind.EXPERIMENT_STATUS, exps.get(r.nextInt(exps.size())), null,
                    List.of("ACTIVE", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED").get(r.nextInt(5)), null);
        }

        private static String pick(Random r, java.util.Collection<String> ids, Model m) {
            if (ids.isEmpty() || r.nextInt(10) == 0) {
                return m.gone.get(r.nextInt(m.gone.size()));
            }
            return new ArrayList<>(ids).get(r.nextInt(ids.size()));
        }

        /** None, a ready pair (50/50, one control), bad weights, or no control; only the flag's own variations. */
        private static List<Allocation> allocations(Random r, List<String> vars) {
            if (vars.size() < 2 || r.nextInt(5) == 0) {
                return vars.isEmpty() || r.nextBoolean() ? List.of() : List.of(Allocation.weighted(vars.get(0), 100, true));
            }
            String a = vars.get(r.nextInt(vars.size()));
            String b = vars.get(r.nextInt(vars.size()));
            return switch (r.nextInt(4)) {
                case 0 -> List.of(Allocation.weighted(a, 60, true), Allocation.weighted(b, 50, false));
                case 1 -> List.of(Allocation.weighted(a, 50, false), Allocation.weighted(b, 50, false));
                default -> List.of(Allocation.weighted(a, 50, true), Allocation.weighted(b, 50, false));
            };
        }

        // ---- the decisions table ----

        String onModel(Model m) {
            switch (kind) {
                case CREATE_FLAG:
                    return m.named(m.flags.keySet(), null, second) ? "feature_flag_exists" : OK;
                case CREATE_VARIATION:
                    if (!m.flags.containsKey(target)) {
                        return "inexistent_feature_flag";
                    }
                    if (m.variationsOf(target).size() >= 20) {
                        return "feature_flag_variation_limit";
                    }
                    return m.named(m.variationsOf(target), null, second) ? "variation_exists" : OK;
                case FLAG_STATUS: {
                    String from = m.flags.get(target);
                    if (from == null) {
                        return "inexistent_feature_flag";
                    }
                    if (from.equals(status)) {
                        return OK;
                    }
                    boolean allowed = (from.equals("DRAFT") && (status.equals("ACTIVE") || status.equals("ARCHIVED")))
                            || (from.equals("ACTIVE") && status.equals("ARCHIVED"));
                    if (!allowed) {
                        return "invalid_status_transition";
                    }
                    if (status.equals("ACTIVE") && m.variationsOf(target).size() < 2) {
                        return "feature_flag_insufficient_variations";
                    }
                    m.flags.put(target, status);
                    return OK;
                }
                case DELETE_FLAG: {
                    if (!m.flags.containsKey(target)) {
                        return OK;
                    }
                    if (m.referenced(target) || m.variationsOf(target).stream().anyMatch(m::referenced)) {
                        return "feature_flag_in_use";
                    }
                    m.flags.remove(target);
                    m.names.remove(target);
                    for (String v : m.variationsOf(target)) {
                        m.variations.remove(v);
                        m.names.remove(v);
                    }
                    return OK;
                }
                case DELETE_VARIATION: {
                    if (!m.flags.containsKey(target)) {
                        return "inexistent_feature_flag";
                    }
                    if (!target.equals(m.variations.get(second))) {
                        return OK;
                    }
                    if (m.variationsOf(target).size() == 1) {
                        return "feature_flag_last_variation";
                    }
                    if (m.referenced(second)) {
                        return "variation_in_use";
                    }
                    m.variations.remove(second);
                    m.names.remove(second);
                    return OK;
                }
                case CREATE_EXPERIMENT: {
                    if (allocations.isEmpty()) {
                        return "invalid_body";
                    }
                    String flag = m.flags.get(target);
                    if (flag == null) {
                        return "inexistent_feature_flag";
                    }
                    if (flag.equals("ARCHIVED")) {
                        return "feature_flag_archived";
                    }
                    return m.named(m.experiments.keySet(), null, second) ? "experiment_exists" : OK;
                }
                case EXPERIMENT_STATUS:
                    return experimentStatus(m);
                case PATCH_NAME:
                case PATCH_ALLOCATIONS: {
                    if (kind == Kind.PATCH_ALLOCATIONS && allocations.isEmpty()) {
                        return "invalid_body";
                    }
                    ModelExperiment e = m.experiments.get(target);
                    if (e == null) {
                        return "inexistent_experiment";
                    }
                    if (e.status.equals("COMPLETED") || e.status.equals("ARCHIVED")) {
                        return "experiment_not_editable";
                    }
                    if (kind == Kind.PATCH_ALLOCATIONS && e.status.equals("ACTIVE")) {
                        return "experiment_requires_pause";
                    }
                    if (kind == Kind.PATCH_ALLOCATIONS) {
                        e.allocations = allocations;
                    } else if (m.named(m.experiments.keySet(), target, second)) {
                        return "experiment_exists";
                    } else {
                        m.names.put(target, second);
                    }
                    return OK;
                }
                case DELETE_EXPERIMENT: {
                    ModelExperiment e = m.experiments.get(target);
                    if (e == null) {
                        return OK;
                    }
                    if (e.status.equals("ACTIVE")) {
                        return "experiment_active";
                    }
                    m.experiments.remove(target);
                    m.names.remove(target);
                    return OK;
                }
                default:
                    throw new IllegalStateException(kind.name());
            }
        }

        private String experimentStatus(Model m) {
            ModelExperiment e = m.experiments.get(target);
            if (e == null) {
                return "inexistent_experiment";
            }
            String from = e.status;
            if (from.equals(status)) {
                return OK;
            }
            Map<String, List<String>> table = Map.of(
                    "DRAFT", List.of("ACTIVE", "ARCHIVED"),
                    "ACTIVE", List.of("PAUSED", "COMPLETED"),
                    "PAUSED", List.of("ACTIVE", "COMPLETED", "ARCHIVED"),
                    "COMPLETED", List.of("ARCHIVED"),
                    "ARCHIVED", List.of());
            if (!table.get(from).contains(status)) {
                return "invalid_status_transition";
            }
            if (status.equals("ACTIVE")) {
                String failed = firstFailingCheck(m, e);
                if (failed != null) {
                    return failed;
                }
            }
            e.status = status;
            return OK;
        }

        /** The readiness checks in the table's order (percentage strategy: no segment checks). */
        private String firstFailingCheck(Model m, ModelExperiment e) {
            if (!"ACTIVE".equals(m.flags.get(e.flagId))) {
                return "feature_flag_not_active";
            }
            if (e.allocations.stream().anyMatch(a -> !e.flagId.equals(m.variations.get(a.variationId())))) {
                return "variation_not_from_flag";
            }
            if (e.allocations.stream().filter(Allocation::control).count() != 1) {
                return "experiment_missing_control";
            }
            if (Math.abs(e.allocations.stream().mapToDouble(Allocation::weight).sum() - 100) > 1e-9) {
                return "experiment_invalid_allocation_weights";
            }
            if (m.experiments.values().stream().anyMatch(other -> other != e && other.status.equals("ACTIVE"))) {
                return "experiment_active_limit_exceeded";
            }
            return null;
        }

        // ---- the engine ----

        Object onEngine(ExperimentCenter engine, Model m) {
            return switch (kind) {
                case CREATE_FLAG -> engine.createFlag(new NewFlag(second, null, Map.of()));
                case CREATE_VARIATION -> engine.createVariation(target, new NewVariation(second, null, Map.of()));
                case FLAG_STATUS -> engine.transitionFlag(target, FlagStatus.valueOf(status));
                case DELETE_FLAG -> engine.deleteFlag(target);
                case DELETE_VARIATION -> engine.deleteVariation(target, second);
                case CREATE_EXPERIMENT -> engine.createExperiment(new NewExperiment(second, null, target,
                        "pre_authentication", AllocationStrategy.PERCENTAGE, null, allocations));
                case EXPERIMENT_STATUS -> engine.transitionExperiment(target, ExperimentStatus.valueOf(status));
                case PATCH_NAME -> engine.updateExperiment(target, new ExperimentPatch(second, null, null, null));
                case PATCH_ALLOCATIONS -> engine.updateExperiment(target, new ExperimentPatch(null, null, null,
                        allocations));
                case DELETE_EXPERIMENT -> engine.deleteExperiment(target);
            };
        }
    }
}
