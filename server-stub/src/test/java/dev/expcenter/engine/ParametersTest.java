package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flag parameter values and variation overrides: declared types, 1 KB of JSON, keys, defaults. */
class ParametersTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private static Map<String, FlagParameter> one(String name, String type, Object value) {
        Map<String, FlagParameter> parameters = new HashMap<>();
        parameters.put(name, new FlagParameter(type, value, null));
        return parameters;
    }

    private static void assertInvalid(EngineException e, String message) {
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(status(e)).isEqualTo(400);
        assertThat(message(e)).isEqualTo(message);
    }

    static Stream<Arguments> valuesOfEveryType() {
        Object string = "blue";
        Object bool = true;
        Object[] numbers = {3, 3L, 2.5, new BigDecimal("1.25")};
        Object array = List.of("a", 1);
        Object object = Map.of("k", "v");
        Object[] all = {string, bool, numbers[0], numbers[1], numbers[2], numbers[3], array, object, null};
        List<Arguments> rows = new ArrayList<>();
        Map<String, List<Object>> fits = Map.of("string", List.of(string), "boolean", List.of(bool),
                "number", Arrays.asList(numbers), "array", List.of(array), "object", List.of(object));
        fits.forEach((type, ok) -> {
            for (Object value : all) {
                rows.add(Arguments.of(type, value, value != null && ok.contains(value)));
            }
        });
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @MethodSource("valuesOfEveryType")
    void aParameterValueShouldMatchItsDeclaredTypeOnCreateAndPatch(String type, Object value, boolean fits) {
        FeatureFlag flag = engine.createFlag(new NewFlag("Flag", null, one("x", "string", "a")));
        String message = "Parameter value does not match the declared type. Parameter 'x' is declared '" + type + "'.";

        if (fits) {
            assertThat(engine.createFlag(new NewFlag("Other", null, one("x", type, value))).parameters().get("x").value())
                    .isEqualTo(value);
            assertThat(engine.updateFlag(flag.id(), new FlagPatch(null, null, one("x", type, value))).parameters())
                    .containsOnlyKeys("x");
        } else {
            assertInvalid(failure(() -> engine.createFlag(new NewFlag("Other", null, one("x", type, value)))), message);
            assertInvalid(failure(() -> engine.updateFlag(flag.id(), new FlagPatch(null, null, one("x", type, value)))),
                    message);
            assertThat(engine.getFlag(flag.id())).isEqualTo(flag);
            assertThat(engine.snapshot().featureFlags()).hasSize(1);
        }
    }

    @Test
    void aParameterTypeOutsideTheFiveShouldBeInvalid() {
        EngineException e = failure(() -> engine.createFlag(new NewFlag("Flag", null, one("x", "integer", 1))));

        assertInvalid(e, "Payload validation error: 'Invalid value integer, allowed: string, boolean, number, array, "
                + "object' on property parameters.x.type");
    }

    @Test
    void aParameterValueShouldBeAtMostOneKilobyteOfJson() {
        // A string's JSON text is its UTF-8 bytes, escaped, between two quotes.
        assertThat(engine.createFlag(new NewFlag("A", null, one("x", "string", "a".repeat(1022)))).name()).isEqualTo("A");
        assertThat(engine.createFlag(new NewFlag("B", null, one("x", "string", "é".repeat(511)))).name()).isEqualTo("B");
        assertThat(engine.createFlag(new NewFlag("C", null, one("x", "array", List.of("a".repeat(1018))))).name())
                .isEqualTo("C");

        assertInvalid(failure(() -> engine.createFlag(new NewFlag("D", null, one("x", "string", "a".repeat(1023))))),
                "Parameter value exceeds maximum size of 1KB. Parameter 'x' has 1025 bytes of JSON.");
        assertInvalid(failure(() -> engine.createFlag(new NewFlag("E", null, one("x", "string", "é".repeat(512))))),
                "Parameter value exceeds maximum size of 1KB. Parameter 'x' has 1026 bytes of JSON.");
        assertInvalid(failure(() -> engine.createFlag(new NewFlag("F", null, one("x", "string", "\n".repeat(512))))),
                "Parameter value exceeds maximum size of 1KB. Parameter 'x' has 1026 bytes of JSON.");
        FeatureFlag flag = engine.createFlag(new NewFlag("G", null, one("x", "object", Map.of())));
        assertInvalid(failure(() -> engine.updateFlag(flag.id(), new FlagPatch(null, null,
                one("x", "object", Map.of("k", "v".repeat(1020)))))),
                "Parameter value exceeds maximum size of 1KB. Parameter 'x' has 1028 bytes of JSON.");
    }

    @Test
    void anOverrideKeyShouldBeAParameterOfTheFlagOnCreateAndPatch() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);
        String message = "Invalid override key. 'size' is not a parameter of the feature flag.";

        assertInvalid(failure(() -> engine.createVariation(flag.id(), new NewVariation("w", null, Map.of("size", 3)))),
                message);
        assertInvalid(failure(() -> engine.updateVariation(flag.id(), v.id(),
                new VariationPatch(null, null, Map.of("size", 3)))), message);
        assertThat(engine.listVariations(flag.id())).containsExactly(v);
    }

    @Test
    void anOverrideValueShouldHaveItsParametersTypeOnCreateAndPatch() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);
        Map<String, Object> nullColor = new HashMap<>();
        nullColor.put("color", null);
        String message = "Override value type does not match the parameter type. Parameter 'color' is declared 'string'.";

        for (Map<String, Object> bad : List.of(Map.<String, Object>of("color", 3), nullColor)) {
            assertInvalid(failure(() -> engine.createVariation(flag.id(), new NewVariation("w", null, bad))), message);
            assertInvalid(failure(() -> engine.updateVariation(flag.id(), v.id(), new VariationPatch(null, null, bad))),
                    message);
        }
        assertThat(engine.listVariations(flag.id())).containsExactly(v);
    }

    @Test
    void anOverrideValueShouldBeAtMostOneKilobyteOfJson() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);

        assertThat(engine.createVariation(flag.id(), new NewVariation("w", null, Map.of("color", "a".repeat(1022))))
                .overrides()).containsKey("color");
        assertInvalid(failure(() -> engine.updateVariation(flag.id(), v.id(),
                new VariationPatch(null, null, Map.of("color", "a".repeat(1023))))),
                "Override value exceeds maximum size of 1KB. Override 'color' has 1025 bytes of JSON.");
        assertInvalid(failure(() -> engine.createVariation(flag.id(), new NewVariation("x", null,
                Map.of("color", "a".repeat(1023))))),
                "Override value exceeds maximum size of 1KB. Override 'color' has 1025 bytes of JSON.");
    }

    @Test
    void anOverrideShouldDifferFromTheParameterDefaultAsJsonValues() {
        Map<String, FlagParameter> parameters = new LinkedHashMap<>();
        parameters.put("color", new FlagParameter("string", "blue", null));
        parameters.put("ratio", new FlagParameter("number", 1, null));
        parameters.put("config", new FlagParameter("object", Map.of("a", 1, "b", List.of(true)), null));
        FeatureFlag flag = engine.createFlag(new NewFlag("Flag", null, parameters));
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("b", List.of(true));
        reordered.put("a", 1.0);

        for (Map.Entry<String, Object> same : List.<Map.Entry<String, Object>>of(Map.entry("color", "blue"),
                Map.entry("ratio", 1.0), Map.entry("config", reordered))) {
            assertInvalid(failure(() -> engine.createVariation(flag.id(), new NewVariation("w", null,
                    Map.of(same.getKey(), same.getValue())))),
                    "Override value must differ from the feature flag parameter default value. Override '"
                            + same.getKey() + "' equals it.");
        }
        Variation v = engine.createVariation(flag.id(), new NewVariation("w", null, Map.of("ratio", 1.5)));
        assertInvalid(failure(() -> engine.updateVariation(flag.id(), v.id(),
                new VariationPatch(null, null, Map.of("ratio", 1)))),
                "Override value must differ from the feature flag parameter default value. Override 'ratio' equals it.");
        assertThat(engine.createVariation(flag.id(), new NewVariation("baseline", null, Map.of())).overrides()).isEmpty();
    }

    @Test
    void overrideChecksShouldRunKeyByKeyInOrder() {
        FeatureFlag flag = tenant.draftFlag(0);
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("color", "blue");      // equals the default: the fourth check of the first key
        overrides.put("size", 3);            // unknown key: the first check of the second key

        EngineException e = failure(() -> engine.createVariation(flag.id(), new NewVariation("w", null, overrides)));

        assertThat(message(e)).startsWith("Override value must differ");
    }

    @Test
    void aFlagPatchShouldNotRemoveOrRetypeAnOverriddenParameter() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);

        EngineException removed = failure(() -> engine.updateFlag(flag.id(), new FlagPatch(null, null,
                one("show_prompt", "boolean", false))));
        EngineException retyped = failure(() -> engine.updateFlag(flag.id(), new FlagPatch(null, null,
                one("color", "number", 3))));

        assertInvalid(removed, "Payload validation error: 'Parameter 'color' is overridden by variation " + v.id()
                + " and cannot be removed' on property parameters");
        assertInvalid(retyped, "Payload validation error: 'Parameter 'color' is overridden by variation " + v.id()
                + " with a value that is not 'number'' on property parameters.color.type");
        assertThat(engine.getFlag(flag.id())).isEqualTo(flag);
    }

    @Test
    void aFlagPatchMayRetypeAnUnoverriddenParameterAndMakeADefaultEqualToAnOverride() {
        FeatureFlag flag = tenant.draftFlag(1);
        Variation v = engine.listVariations(flag.id()).get(0);
        Map<String, FlagParameter> parameters = new LinkedHashMap<>();
        parameters.put("color", new FlagParameter("string", v.overrides().get("color"), null));
        parameters.put("show_prompt", new FlagParameter("number", 0, null));

        FeatureFlag patched = engine.updateFlag(flag.id(), new FlagPatch(null, null, parameters));

        assertThat(patched.parameters()).isEqualTo(parameters);
        assertThat(engine.getVariation(flag.id(), v.id())).isEqualTo(v);
        // The override now equals the default; a later write of the variation's overrides is refused.
        assertThat(message(failure(() -> engine.updateVariation(flag.id(), v.id(),
                new VariationPatch(null, null, v.overrides()))))).startsWith("Override value must differ");
        assertThat(engine.updateVariation(flag.id(), v.id(), new VariationPatch("renamed", null, null)).name())
                .isEqualTo("renamed");
    }
}
