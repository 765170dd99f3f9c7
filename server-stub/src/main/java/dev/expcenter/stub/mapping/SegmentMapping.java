package dev.expcenter.stub.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.NewSegment;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.Page;
import dev.expcenter.engine.Segment;
import dev.expcenter.engine.SegmentPatch;
import dev.expcenter.engine.SegmentRule;
import dev.expcenter.stub.model.CreateSegmentRequest;
import dev.expcenter.stub.model.SegmentConditions;
import dev.expcenter.stub.model.SegmentList;
import dev.expcenter.stub.model.UpdateSegmentRequest;

import java.util.List;
import java.util.Map;

/** Maps segments between the generated wire models and the engine's records. */
public final class SegmentMapping {
    // Conditions are an open set of attributes on the wire model; the JSON form is the engine's map.
    private static final ObjectMapper CONDITIONS = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, Object>> CONDITION_MAP = new TypeReference<>() {
    };

    private SegmentMapping() {
    }

    /** The wire form of a stored segment. */
    public static dev.expcenter.stub.model.Segment toDto(Segment s) {
        return new dev.expcenter.stub.model.Segment()
                .id(s.id())
                .name(s.name())
                .description(s.description())
                .type(dev.expcenter.stub.model.OwnerType.fromValue(s.type().wire()))
                .rules(s.rules().stream().map(SegmentMapping::toDto).toList())
                .createdAt(Times.utc(s.createdAt()))
                .updatedAt(Times.utc(s.updatedAt()));
    }

    /** The engine form of a wire segment, as found in data files and state imports. */
    public static Segment fromDto(dev.expcenter.stub.model.Segment s) {
        return new Segment(s.getId(), s.getName(), s.getDescription(), OwnerType.fromWire(s.getType().toString()),
                rules(s.getRules()), Times.instant(s.getCreatedAt()), Times.instant(s.getUpdatedAt()));
    }

    /** The wire form of a page of segments. */
    public static SegmentList toDto(Page<Segment> page) {
        return new SegmentList()
                .segments(page.items().stream().map(SegmentMapping::toDto).toList())
                .next(page.next());
    }

    /** The engine command for a create request. */
    public static NewSegment toCommand(CreateSegmentRequest r) {
        return new NewSegment(r.getName(), r.getDescription(), rules(r.getRules()));
    }

    /** The engine patch for an update request; what was not sent stays null. */
    public static SegmentPatch toPatch(UpdateSegmentRequest r, boolean descriptionSent) {
        return new SegmentPatch(r.getName(), Descriptions.of(r.getDescription(), descriptionSent), rules(r.getRules()));
    }

    private static dev.expcenter.stub.model.SegmentRule toDto(SegmentRule rule) {
        return new dev.expcenter.stub.model.SegmentRule()
                .match(conditions(rule.match()))
                .notMatch(conditions(rule.notMatch()));
    }

    private static List<SegmentRule> rules(List<dev.expcenter.stub.model.SegmentRule> wire) {
        // The engine checks the shapes (minProperties, Auth0's oneOf of condition forms).
        return wire == null ? null
                : wire.stream().map(r -> new SegmentRule(conditions(r.getMatch()), conditions(r.getNotMatch()))).toList();
    }

    private static SegmentConditions conditions(Map<String, Object> engine) {
        return engine == null ? null : CONDITIONS.convertValue(engine, SegmentConditions.class);
    }

    private static Map<String, Object> conditions(SegmentConditions wire) {
        return wire == null ? null : CONDITIONS.convertValue(wire, CONDITION_MAP);
    }
}
