package dev.expcenter.engine;

import static dev.expcenter.engine.Words.message;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segment conditions hold every shape of Auth0's document as plain JSON, unchanged and in order. */
class SegmentConditionsTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private static Map<String, Object> everyShape() {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("region", List.of("EU", "US"));
        match.put("connection", Map.of("starts_with", List.of("google-")));
        match.put("domain", Map.of("ends_with", List.of(".example.com")));
        match.put("user_agent", Map.of("contains", List.of("Mobile", "Android")));
        match.put("organization_id", Map.of("exists", true));
        return match;
    }

    @Test
    void everyShapeShouldRoundTripUnchangedInInsertionOrder() {
        Map<String, Object> notMatch = new LinkedHashMap<>();
        notMatch.put("country", List.of("FR"));
        notMatch.put("client_id", Map.of("exists", false));
        SegmentRule rule = new SegmentRule(everyShape(), notMatch);

        Segment created = engine.createSegment(new NewSegment("Everyone", null, List.of(rule)));
        Segment read = engine.getSegment(created.id());

        assertThat(read.rules()).containsExactly(rule);
        assertThat(read.rules().get(0).match()).isEqualTo(everyShape());
        assertThat(read.rules().get(0).match().keySet())
                .containsExactly("region", "connection", "domain", "user_agent", "organization_id");
        assertThat(read.rules().get(0).notMatch().keySet()).containsExactly("country", "client_id");
        assertThat(new Tenant(engine.snapshot()).engine.getSegment(created.id())).isEqualTo(read);

        Segment patched = engine.updateSegment(created.id(), new SegmentPatch(null, null,
                List.of(new SegmentRule(null, Map.of("browser", Map.of("contains", List.of("Edge")))))));
        assertThat(patched.rules().get(0).notMatch()).isEqualTo(Map.of("browser", Map.of("contains", List.of("Edge"))));
        assertThat(patched.rules().get(0).match()).isNull();
    }

    @Test
    void conditionsShouldBeDeepImmutableCopies() {
        List<Object> regions = new ArrayList<>(List.of("EU"));
        Map<String, Object> match = new HashMap<>();
        match.put("region", regions);
        SegmentRule rule = new SegmentRule(match, null);
        regions.add("US");
        match.put("country", List.of("FR"));

        assertThat(rule.match()).isEqualTo(Map.of("region", List.of("EU")));
        assertThatThrownBy(() -> ((List<Object>) rule.match().get("region")).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void conditionsOutsideAuth0sShapesShouldBeInvalidOnCreateAndPatch() {
        Segment s = tenant.segment("France");
        List<Object> bad = List.of(List.of(), List.of(1), "FR", Map.of(), Map.of("exists", "yes"),
                Map.of("contains", "Mobile"), Map.of("contains", List.of()), Map.of("matches", List.of("x")),
                Map.of("contains", List.of("a"), "ends_with", List.of("b")),
                List.of("EU", "x".repeat(Limits.MAX_CONDITION_VALUE_LENGTH + 1)),
                Map.of("starts_with", List.of("x".repeat(Limits.MAX_CONDITION_VALUE_LENGTH + 1))));

        for (Object condition : bad) {
            SegmentRule rule = new SegmentRule(Map.of("region", condition), null);
            for (EngineException e : List.of(
                    failure(() -> engine.createSegment(new NewSegment("Bad", null, List.of(rule)))),
                    failure(() -> engine.updateSegment(s.id(), new SegmentPatch(null, null, List.of(rule)))))) {
                assertThat(e.code()).as("%s", condition).isEqualTo(ErrorCode.INVALID_BODY);
                assertThat(message(e)).as("%s", condition).startsWith("Payload validation error: 'Data does not match any schemas from 'oneOf''")
                        .endsWith("on property rules[0].match.region");
            }
        }
        assertThat(engine.getSegment(s.id())).isEqualTo(s);
        assertThat(engine.snapshot().segments()).hasSize(1);
    }

    @Test
    void valuesShouldHoldUpTo1024CharactersCountedAsCodePoints() {
        String longest = "\uD83D\uDE80".repeat(Limits.MAX_CONDITION_VALUE_LENGTH); // 1024 characters, 2048 UTF-16 units
        SegmentRule rule = new SegmentRule(Map.of("region", List.of(longest),
                "domain", Map.of("ends_with", List.of("d".repeat(Limits.MAX_CONDITION_VALUE_LENGTH)))), null);

        Segment created = engine.createSegment(new NewSegment("Long values", null, List.of(rule)));

        assertThat(engine.getSegment(created.id()).rules()).containsExactly(rule);
    }

    @Test
    void aConditionMapShouldNameAtMostTenAttributes() {
        Map<String, Object> ten = new LinkedHashMap<>();
        for (String attribute : List.of("client_id", "connection", "connection_type", "organization_id", "domain",
                "device_type", "browser", "platform", "user_agent", "country")) {
            ten.put(attribute, List.of("a"));
        }
        Map<String, Object> eleven = new LinkedHashMap<>(ten);
        eleven.put("region", List.of("EU"));

        engine.createSegment(new NewSegment("Ten", null, List.of(new SegmentRule(ten, ten))));
        EngineException tooMany = failure(() -> engine.createSegment(new NewSegment("Eleven", null,
                List.of(new SegmentRule(ten, eleven)))));

        assertThat(tooMany.code()).isEqualTo(ErrorCode.INVALID_BODY);
        assertThat(message(tooMany)).isEqualTo(
                "Payload validation error: 'Too many properties defined (11), maximum 10' on property rules[0].not_match");
    }

    @Test
    void aRuleAndItsConditionMapsShouldNotBeEmpty() {
        EngineException empty = failure(() -> engine.createSegment(new NewSegment("Bad", null,
                List.of(new SegmentRule(null, null)))));
        EngineException emptyMatch = failure(() -> engine.createSegment(new NewSegment("Bad", null,
                List.of(new SegmentRule(Map.of("region", List.of("EU")), Map.of())))));

        assertThat(message(empty)).isEqualTo(
                "Payload validation error: 'Too few properties defined (0), minimum 1' on property rules[0]");
        assertThat(message(emptyMatch)).endsWith("on property rules[0].not_match");
    }
}
