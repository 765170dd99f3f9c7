package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.expcenter.stub.error.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of the engine's limits is the spec's: read from openapi.yaml's schemas and its named examples. */
class LimitsTest {
    private static final JsonNode SPEC = read();

    @Test
    void takeShouldBeTheTakeParametersDefaultAndMaximum() {
        JsonNode take = SPEC.at("/components/parameters/Take/schema");
        assertThat(take.get("default").asInt()).isEqualTo(Limits.DEFAULT_TAKE);
        assertThat(take.get("maximum").asInt()).isEqualTo(Limits.MAX_TAKE);
    }

    @Test
    void weightAndConditionLimitsShouldBeTheSchemas() {
        assertThat(SPEC.at("/components/schemas/AllocationRequestItem/properties/weight/maximum").asInt())
                .isEqualTo(Limits.MAX_WEIGHT);
        assertThat(SPEC.at("/components/schemas/SegmentConditions/maxProperties").asInt())
                .isEqualTo(Limits.MAX_CONDITION_ATTRIBUTES);
        assertThat(SPEC.at("/components/schemas/SegmentValues/items/maxLength").asInt())
                .isEqualTo(Limits.MAX_CONDITION_VALUE_LENGTH);
    }

    @Test
    void countLimitsShouldBeThoseTheSpecsExamplesState() {
        assertThat(examples("experiment_too_many_allocations")).isNotEmpty()
                .allSatisfy(m -> assertThat(m).isEqualTo("Experiments may have at most " + Limits.MAX_ALLOCATIONS
                        + " allocations."));
        assertThat(examples("feature_flag_variation_limit")).isNotEmpty()
                .allSatisfy(m -> assertThat(m).endsWith("at most " + Limits.MAX_VARIATIONS_PER_FLAG + " variations."));
        assertThat(examples("feature_flag_insufficient_variations")).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("Feature flag must have at least "
                        + Limits.MIN_VARIATIONS_TO_ACTIVATE + " variations"));
    }

    @Test
    void theCataloguesWordsShouldBeTheSpecsExamples() {
        assertThat(examples("experiment_too_many_allocations"))
                .allSatisfy(m -> assertThat(m).isEqualTo(ApiError.EXPERIMENT_TOO_MANY_ALLOCATIONS.message("max", 20)));
        assertThat(examples("feature_flag_variation_limit"))
                .allSatisfy(m -> assertThat(m).isEqualTo(ApiError.FEATURE_FLAG_VARIATION_LIMIT.message("max", 20)));
        assertThat(examples("feature_flag_insufficient_variations")).allSatisfy(m -> assertThat(m)
                .isEqualTo(ApiError.FEATURE_FLAG_INSUFFICIENT_VARIATIONS.message("min", 2, "count", 1)));
    }

    /** The messages of every example error body in the spec with this errorCode. */
    private static List<String> examples(String errorCode) {
        List<String> messages = new ArrayList<>();
        collect(SPEC, errorCode, messages);
        return messages;
    }

    private static void collect(JsonNode node, String errorCode, List<String> messages) {
        if (node.isObject() && errorCode.equals(node.path("errorCode").asText()) && node.path("message").isTextual()) {
            messages.add(node.get("message").asText());
        }
        node.forEach(child -> collect(child, errorCode, messages));
    }

    private static JsonNode read() {
        try (InputStream in = LimitsTest.class.getClassLoader().getResourceAsStream("expcenter/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
