package dev.expcenter.stub.mapping;

import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.FlagPatch;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.NewFlag;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.engine.Page;
import dev.expcenter.stub.model.CreateFeatureFlagRequest;
import dev.expcenter.stub.model.FeatureFlagList;
import dev.expcenter.stub.model.FeatureFlagParameter;
import dev.expcenter.stub.model.UpdateFeatureFlagRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Maps feature flags between the generated wire models and the engine's records. */
public final class FlagMapping {
    private FlagMapping() {
    }

    /** The wire form of a stored flag. */
    public static dev.expcenter.stub.model.FeatureFlag toDto(FeatureFlag f) {
        return new dev.expcenter.stub.model.FeatureFlag()
                .id(f.id())
                .name(f.name())
                .description(f.description())
                .type(dev.expcenter.stub.model.OwnerType.fromValue(f.type().wire()))
                .status(dev.expcenter.stub.model.FeatureFlagStatus.fromValue(f.status().wire()))
                .parameters(mapValues(f.parameters(), FlagMapping::toDto))
                .createdAt(Times.utc(f.createdAt()))
                .updatedAt(Times.utc(f.updatedAt()));
    }

    /** The engine form of a wire flag, as found in data files and state imports. */
    public static FeatureFlag fromDto(dev.expcenter.stub.model.FeatureFlag f) {
        return new FeatureFlag(f.getId(), f.getName(), f.getDescription(), OwnerType.fromWire(f.getType().toString()),
                FlagStatus.fromWire(f.getStatus().toString()), parameters(f.getParameters()),
                Times.instant(f.getCreatedAt()), Times.instant(f.getUpdatedAt()));
    }

    /** The wire form of a page of flags, each with its parameters (as Auth0's list items are). */
    public static FeatureFlagList toDto(Page<FeatureFlag> page) {
        return new FeatureFlagList()
                .featureFlags(page.items().stream().map(FlagMapping::toDto).toList())
                .next(page.next());
    }

    /** The engine command for a create request. */
    public static NewFlag toCommand(CreateFeatureFlagRequest r) {
        return new NewFlag(r.getName(), r.getDescription(), parameters(r.getParameters()));
    }

    /** The engine patch for an update request; what was not sent stays null. */
    public static FlagPatch toPatch(UpdateFeatureFlagRequest r, boolean descriptionSent) {
        return new FlagPatch(r.getName(), Descriptions.of(r.getDescription(), descriptionSent), parameters(r.getParameters()));
    }

    private static FeatureFlagParameter toDto(FlagParameter p) {
        return new FeatureFlagParameter()
                .type(FeatureFlagParameter.TypeEnum.fromValue(p.type()))
                .value(p.value())
                .description(p.description());
    }

    private static Map<String, FlagParameter> parameters(Map<String, FeatureFlagParameter> wire) {
        return wire == null ? null
                : mapValues(wire, p -> new FlagParameter(p.getType().value(), p.getValue(), p.getDescription()));
    }

    static <A, B> Map<String, B> mapValues(Map<String, A> source, Function<A, B> f) {
        Map<String, B> out = new LinkedHashMap<>();
        source.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
