package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Experiment operations. */
final class Experiments {
    static final String DEFAULT_SUBJECT = "device";

    private final Store store;
    private final Readiness readiness;
    private final AllocationRules rules;

    Experiments(Store store) {
        this.store = store;
        this.readiness = new Readiness(store);
        this.rules = new AllocationRules(store);
    }

    Page<Experiment> list(ExperimentQuery q) {
        return store.experiments.page(q.from(), Inputs.take(q.take()), q::matches);
    }

    Experiment get(String id) {
        Experiment e = store.experiments.get(id);
        if (e == null) {
            throw new EngineException(Rule.EXPERIMENT_NOT_FOUND);
        }
        return e;
    }

    Experiment create(NewExperiment cmd) {
        String name = Inputs.required(cmd.name(), "name");
        String flagId = Inputs.required(cmd.featureFlagId(), "feature_flag_id");
        String flow = Inputs.required(cmd.authenticationFlow(), "authentication_flow");
        AllocationStrategy strategy = Inputs.required(cmd.allocationStrategy(), "allocation_strategy");
        List<Allocation> allocations = Inputs.allocations(cmd.allocations());
        return store.write(() -> {
            FeatureFlag flag = store.flags.get(flagId);
            if (flag == null) {
                throw new EngineException(Rule.FLAG_NOT_FOUND);
            }
            if (flag.status() == FlagStatus.ARCHIVED) {
                throw new EngineException(Rule.FLAG_ARCHIVED, Map.of("flag", flagId));
            }
            rules.check(flag.id(), allocations);
            store.experimentNames.requireFree(name, null);
            Instant now = store.now();
            Experiment e = new Experiment(store.newId(IdKind.EXPERIMENT), name, cmd.description(), flag.id(), flow,
                    strategy, Inputs.orElse(cmd.assignmentSubject(), DEFAULT_SUBJECT), ExperimentStatus.DRAFT, false,
                    canonical(allocations), now, now, null, null);
            e = e.withValid(readiness.isValid(e));
            store.experiments.insert(e.id(), e);
            return e;
        });
    }

    Experiment update(String id, ExperimentPatch patch) {
        Inputs.someProperty(patch.empty());
        List<Allocation> allocations = patch.allocations() == null ? null : Inputs.allocations(patch.allocations());
        return store.write(() -> {
            Experiment current = get(id);
            if (current.status() == ExperimentStatus.COMPLETED || current.status() == ExperimentStatus.ARCHIVED) {
                throw new EngineException(Rule.EXPERIMENT_NOT_EDITABLE,
                        Map.of("experiment", id, "status", current.status().wire()));
            }
            if (allocations != null && current.status() == ExperimentStatus.ACTIVE) {
                throw new EngineException(Rule.ALLOCATIONS_WHILE_ACTIVE);
            }
            if (allocations != null) {
                rules.check(current.featureFlagId(), allocations);
            }
            if (patch.name() != null) {
                store.experimentNames.requireFree(patch.name(), current.name());
            }
            Experiment edited = current.withEdits(Inputs.orElse(patch.name(), current.name()),
                    Inputs.description(patch.description(), current.description()),
                    Inputs.orElse(patch.assignmentSubject(), current.assignmentSubject()),
                    allocations == null ? current.allocations() : canonical(allocations));
            // is_valid is derived: refreshing it alone is not an edit, so it does not move updated_at.
            boolean changed = !edited.equals(current);
            edited = edited.withValid(readiness.isValid(edited));
            if (edited.equals(current)) {
                return current;
            }
            Experiment saved = changed ? edited.withUpdatedAt(store.nowAfter(current.updatedAt())) : edited;
            store.experiments.replace(id, saved);
            return saved;
        });
    }

    boolean delete(String id) {
        return store.write(() -> {
            Experiment current = store.experiments.get(id);
            if (current == null) {
                return false;
            }
            if (current.status() == ExperimentStatus.ACTIVE) {
                throw new EngineException(Rule.ACTIVE_EXPERIMENT_DELETE);
            }
            store.experiments.remove(id);
            return true;
        });
    }

    Transition<Experiment> transition(String id, ExperimentStatus target) {
        Inputs.required(target, "status");
        return store.write(() -> {
            Experiment current = get(id);
            ExperimentStatus from = current.status();
            if (from == target) {
                return new Transition.Unchanged<>(current);
            }
            if (from == ExperimentStatus.COMPLETED && target == ExperimentStatus.ACTIVE) {
                throw new EngineException(Rule.COMPLETED_REACTIVATION);
            }
            if (!from.canMoveTo(target)) {
                throw EngineException.forbiddenTransition(from, target, from.allowedNext());
            }
            if (target == ExperimentStatus.ACTIVE) {
                List<Problem> problems = readiness.problems(current);
                if (!problems.isEmpty()) {
                    throw EngineException.notReady(problems);
                }
            }
            Instant now = store.nowAfter(current.updatedAt());
            Instant started = target == ExperimentStatus.ACTIVE && current.startedAt() == null
                    ? now : current.startedAt();
            Instant ended = switch (target) {
                case COMPLETED -> now;
                case ARCHIVED -> from == ExperimentStatus.PAUSED && current.endedAt() == null ? now : current.endedAt();
                default -> current.endedAt();
            };
            Experiment next = current.withStatus(target, now, started, ended);
            next = next.withValid(readiness.isValid(next));
            store.experiments.replace(id, next);
            return new Transition.Transitioned<>(current, next);
        });
    }

    ValidationReport validate(String id) {
        return ValidationReport.of(readiness.problems(get(id)));
    }

    /** Shares the id strings of known variations and segments instead of keeping copies: memory per experiment. */
    private List<Allocation> canonical(List<Allocation> allocations) {
        return allocations.stream().map(a -> {
            Variation v = store.variations.get(a.variationId());
            Segment s = store.segments.get(a.segmentId());
            return a.withIds(v == null ? a.variationId() : v.id(), s == null ? a.segmentId() : s.id());
        }).toList();
    }
}
