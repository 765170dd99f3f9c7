package dev.expcenter.engine;

import java.time.Instant;
import java.util.List;

/** Segment operations. */
final class Segments {
    private final Store store;

    Segments(Store store) {
        this.store = store;
    }

    Page<Segment> list(SegmentQuery q) {
        return store.segments.page(q.from(), Inputs.take(q.take()), q::matches);
    }

    Segment get(String id) {
        Segment s = store.segments.get(id);
        if (s == null) {
            throw new EngineException(Rule.SEGMENT_NOT_FOUND);
        }
        return s;
    }

    /** 403 for a segment of Auth0's catalogue: PATCH and DELETE refuse it. */
    private static Segment modifiable(Segment s) {
        if (s.type() == OwnerType.AUTH0) {
            throw new EngineException(Rule.SEGMENT_READ_ONLY);
        }
        return s;
    }

    Segment create(NewSegment cmd) {
        String name = Inputs.required(cmd.name(), "name");
        List<SegmentRule> rules = Conditions.checked(cmd.rules());
        return store.write(() -> {
            store.segmentNames.requireFree(name, null);
            Instant now = store.now();
            Segment s = new Segment(store.newId(IdKind.SEGMENT), name, cmd.description(), OwnerType.SELF, rules,
                    now, now);
            store.segments.insert(s.id(), s);
            return s;
        });
    }

    Segment update(String id, SegmentPatch patch) {
        Inputs.someProperty(patch.empty());
        List<SegmentRule> rules = Conditions.checked(patch.rules());
        return store.write(() -> {
            Segment current = modifiable(get(id));
            if (patch.name() != null) {
                store.segmentNames.requireFree(patch.name(), current.name());
            }
            Segment edited = current.withEdits(Inputs.orElse(patch.name(), current.name()),
                    Inputs.description(patch.description(), current.description()),
                    Inputs.orElse(rules, current.rules()));
            if (edited.equals(current)) {
                return current;
            }
            Segment saved = edited.withUpdatedAt(store.nowAfter(current.updatedAt()));
            store.segments.replace(id, saved);
            return saved;
        });
    }

    boolean delete(String id) {
        return store.write(() -> {
            Segment current = store.segments.get(id);
            if (current == null) {
                return false;
            }
            modifiable(current);
            if (store.references.segment(id) > 0) {
                throw new EngineException(Rule.SEGMENT_IN_USE);
            }
            store.segments.remove(id);
            return true;
        });
    }
}
