package dev.expcenter.stub.mapping;

import dev.expcenter.engine.NewVariation;
import dev.expcenter.engine.Variation;
import dev.expcenter.engine.VariationPatch;
import dev.expcenter.stub.model.CreateVariationRequest;
import dev.expcenter.stub.model.UpdateVariationRequest;
import dev.expcenter.stub.model.VariationList;
import dev.expcenter.stub.model.VariationOverride;

import java.util.List;
import java.util.Map;

/** Maps variations between the generated wire models and the engine's records. */
public final class VariationMapping {
    private VariationMapping() {
    }

    /** The wire form of a stored variation. */
    public static dev.expcenter.stub.model.Variation toDto(Variation v) {
        return new dev.expcenter.stub.model.Variation()
                .id(v.id())
                .featureFlagId(v.featureFlagId())
                .name(v.name())
                .description(v.description())
                .overrides(FlagMapping.mapValues(v.overrides(), value -> new VariationOverride().value(value)))
                .createdAt(Times.utc(v.createdAt()))
                .updatedAt(Times.utc(v.updatedAt()));
    }

    /** The engine form of a wire variation, as found in data files and state imports. */
    public static Variation fromDto(dev.expcenter.stub.model.Variation v) {
        return new Variation(v.getId(), v.getFeatureFlagId(), v.getName(), v.getDescription(),
                overrides(v.getOverrides()), Times.instant(v.getCreatedAt()), Times.instant(v.getUpdatedAt()));
    }

    /** The wire form of a flag's variations. */
    public static VariationList toDto(List<Variation> variations) {
        return new VariationList().variations(variations.stream().map(VariationMapping::toDto).toList());
    }

    /** The engine command for a create request. */
    public static NewVariation toCommand(CreateVariationRequest r) {
        return new NewVariation(r.getName(), r.getDescription(), overrides(r.getOverrides()));
    }

    /** The engine patch for an update request; what was not sent stays null. */
    public static VariationPatch toPatch(UpdateVariationRequest r, boolean descriptionSent) {
        return new VariationPatch(r.getName(), Descriptions.of(r.getDescription(), descriptionSent),
                overrides(r.getOverrides()));
    }

    private static Map<String, Object> overrides(Map<String, VariationOverride> wire) {
        return wire == null ? null : FlagMapping.mapValues(wire, VariationOverride::getValue);
    }
}
