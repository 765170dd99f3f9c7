package dev.expcenter.mock.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.ApiHttp;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every row of the table "Auth0's published document decides" (the project's behaviour decisions),
 * sent over HTTP to the stub and to the mock from the same tenant: both must answer with the status,
 * errorCode and message the table gives (Auth0's text first), and with the same ones as each other.
 * Every answer is also checked against the project's spec and against Auth0's document.
 */
class DecisionsTableTest {
    private static final String CHECKOUT = "flg_WKbsDE4kGZoDiPCFdcERFm";
    private static final String SEARCH = "flg_dD4nHQrroDnobDQCm6JUcK";
    private static final String OLD_HEADER = "flg_kHnVm4uMGonrNZGmwEnDqP";
    private static final String AUTH0_FLAG = "flg_hukd1WfofZVR2Mv1RFnVjh";
    private static final String BLUE = "var_284WXvYpho3fE5FTgvtEDx";
    private static final String GREEN = "var_vVsnu4eUwa8tYBfYLqHhDP";
    private static final String ONLY_RANKER = "var_1UJyRbb7hFLebmT8J4d7mT";
    private static final String SLIM_HEADER = "var_KckZqnWJv6iqsuyDf9717u";
    private static final String HIGH = "var_nKkGZqBE7PqaKrSYpZgHH6";
    private static final String EU = "seg_vkBzjVs7Fv6SjZLY1Qkk1i";
    private static final String BETA = "seg_XrQq32z6N3R4by3QNjhYxB";
    private static final String AUTH0_SEGMENT = "seg_B2TgSNvpYe3xYZFQGQgNXP";
    private static final String ACTIVE = "exp_gq9q5AgsY3sF5tHa2wzNg8";
    private static final String COMPLETED = "exp_Md2rXF3xbfbyFxLLJBKo9f";
    private static final String NO_CONTROL = "exp_3sKq4pgtYKmmJBA3xsGjyJ";
    private static final String DRAFT = "exp_Y9fto49jc48iJkKjiB7e1M";
    private static final String MISSING_FLAG = "flg_3ZZZZZZZZZZZZZZZZZZZZZ";

    private static ParityPair servers;

    @BeforeAll
    static void start() {
        servers = new ParityPair();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @BeforeEach
    void sameTenantOnBoth() {
        servers.sameTenantOnBoth();
    }

    @Test
    void aMoveTheTransitionTableForbidsIs400() {
        row(both("POST", "/experimentation/experiments/" + DRAFT + "/status", "{\"status\":\"paused\"}"),
                400, "invalid_status_transition", "Status transition is not allowed.");
        row(both("POST", "/experimentation/feature-flags/" + OLD_HEADER + "/status", "{\"status\":\"active\"}"),
                400, "invalid_status_transition", "Status transition is not allowed.");
    }

    @Test
    void completedToActiveIs400WithItsOwnMessage() {
        row(both("POST", "/experimentation/experiments/" + COMPLETED + "/status", "{\"status\":\"active\"}"),
                400, "invalid_status_transition", "Completed experiments cannot be reactivated.");
    }

    @Test
    void anActivationThatFailsAReadinessCheckNamesTheFirstAndJoinsThemAll() {
        List<Reply> replies = both("POST", "/experimentation/experiments/" + NO_CONTROL + "/status",
                "{\"status\":\"active\"}");
        row(replies, 400, "experiment_missing_control", "Experiment cannot be activated: validation failed: ");
        // The one-active rule fails too (another experiment is active): both failures, joined by "; ".
        assertThat(replies.get(0).json().get("message").asText()).contains("; ");
    }

    @Test
    void deletingAnActiveExperimentIs400() {
        row(both("DELETE", "/experimentation/experiments/" + ACTIVE, null), 400, "experiment_active",
                "Active experiments cannot be deleted. Pause or complete the experiment first.");
    }

    @Test
    void aNameAnotherEntityOfTheKindHasIs409OnCreateAndPatch() {
        row(both("POST", "/experimentation/experiments", experiment("Checkout colour test", CHECKOUT, BLUE, GREEN)),
                409, "experiment_exists", "An experiment with this name already exists.");
        row(both("PATCH", "/experimentation/experiments/" + DRAFT, "{\"name\":\"Checkout colour test\"}"),
                409, "experiment_exists", "An experiment with this name already exists.");
        row(both("POST", "/experimentation/feature-flags",
                        "{\"name\":\"Checkout button\",\"parameters\":{\"x\":{\"type\":\"string\",\"value\":\"a\"}}}"),
                409, "feature_flag_exists", "A feature flag with this name already exists.");
        row(both("POST", "/experimentation/segments", "{\"name\":\"EU visitors\",\"rules\":[{\"match\":{\"country\":[\"IT\"]}}]}"),
                409, "segment_exists", "A segment with this name already exists.");
        row(both("POST", "/experimentation/feature-flags/" + CHECKOUT + "/variations",
                        "{\"name\":\"Green button\",\"overrides\":{\"color\":{\"value\":\"red\"}}}"),
                409, "variation_exists", "A variation with this name already exists on this feature flag.");
        // Within one flag only: another flag may use the name.
        row(both("POST", "/experimentation/feature-flags/" + SEARCH + "/variations",
                "{\"name\":\"Green button\",\"overrides\":{\"ranker\":{\"value\":\"neural\"}}}"), 201, null, null);
    }

    @Test
    void anUnknownFlagOnCreateIs404() {
        row(both("POST", "/experimentation/experiments", experiment("Unknown flag test", MISSING_FLAG, BLUE, GREEN)),
                404, "inexistent_feature_flag", "Feature flag not found.");
    }

    @Test
    void variationsSegmentsAndTheAllocationCountAreCheckedWhenWritten() {
        row(both("POST", "/experimentation/experiments", experiment("Foreign variation test", CHECKOUT, BLUE, HIGH)),
                400, "variation_not_from_flag", "Variation does not belong to the referenced feature flag.");
        row(both("PATCH", "/experimentation/experiments/" + DRAFT, "{\"allocations\":" + allocations(BLUE, HIGH) + "}"),
                400, "variation_not_from_flag", "Variation does not belong to the referenced feature flag.");
        String missingSegment = "{\"allocations\":[{\"variation_id\":\"" + GREEN + "\",\"segment_id\":\"seg_3ZZZZZZZZZZZZZZZZZZZZZ\","
                + "\"priority\":1,\"is_control\":false},{\"variation_id\":\"" + BLUE + "\",\"is_control\":true,\"is_fallback\":true}]}";
        row(both("PATCH", "/experimentation/experiments/" + DRAFT, missingSegment), 400, "segment_not_found",
                "Segment not found.");
        String many = IntStream.range(0, 21).mapToObj(i -> "{\"variation_id\":\"" + BLUE + "\",\"weight\":1,\"is_control\":"
                + (i == 0) + "}").collect(Collectors.joining(",", "[", "]"));
        row(both("POST", "/experimentation/experiments", experimentWith("Too many arms test", CHECKOUT, many)),
                400, "experiment_too_many_allocations", "Experiments may have at most 20 allocations.");
    }

    @Test
    void aFlagsLastVariationCannotBeDeleted() {
        row(both("DELETE", "/experimentation/feature-flags/" + SEARCH + "/variations/" + ONLY_RANKER, null),
                400, "feature_flag_last_variation",
                "Feature flag must have at least one variation. Cannot delete the last variation.");
    }

    @Test
    void inUseMeansUsedByANonArchivedExperiment() {
        row(both("DELETE", "/experimentation/feature-flags/" + CHECKOUT, null), 409, "feature_flag_in_use",
                "Feature flag is in use by one or more non-archived experiments and cannot be deleted.");
        row(both("DELETE", "/experimentation/feature-flags/" + CHECKOUT + "/variations/" + GREEN, null), 409,
                "variation_in_use", "Variation is in use by one or more non-archived allocations and cannot be deleted.");
        row(both("DELETE", "/experimentation/segments/" + EU, null), 409, "segment_in_use",
                "Segment is in use by one or more non-archived experiment allocations.");
        // Used only by the archived "Old header trial": free to go.
        row(both("DELETE", "/experimentation/feature-flags/" + OLD_HEADER + "/variations/" + SLIM_HEADER, null), 204, null, null);
        row(both("DELETE", "/experimentation/segments/" + BETA, null), 204, null, null);
        row(both("DELETE", "/experimentation/feature-flags/" + OLD_HEADER, null), 204, null, null);
    }

    @Test
    void parameterAndOverrideValuesAreCheckedForTypeSizeAndDefault() {
        String kilobyte = "x".repeat(1100);
        row(both("POST", "/experimentation/feature-flags",
                        "{\"name\":\"Typed flag\",\"parameters\":{\"limit\":{\"type\":\"number\",\"value\":\"ten\"}}}"),
                400, "invalid_body", "Parameter value does not match the declared type.");
        row(both("POST", "/experimentation/feature-flags",
                        "{\"name\":\"Large flag\",\"parameters\":{\"copy\":{\"type\":\"string\",\"value\":\"" + kilobyte + "\"}}}"),
                400, "invalid_body", "Parameter value exceeds maximum size of 1KB.");
        String variations = "/experimentation/feature-flags/" + CHECKOUT + "/variations";
        row(both("POST", variations, "{\"name\":\"Wrong type\",\"overrides\":{\"size\":{\"value\":\"big\"}}}"),
                400, "invalid_body", "Override value type does not match the parameter type.");
        row(both("POST", variations, "{\"name\":\"Too large\",\"overrides\":{\"color\":{\"value\":\"" + kilobyte + "\"}}}"),
                400, "invalid_body", "Override value exceeds maximum size of 1KB.");
        row(both("POST", variations, "{\"name\":\"Same as default\",\"overrides\":{\"color\":{\"value\":\"blue\"}}}"),
                400, "invalid_body", "Override value must differ from the feature flag parameter default value.");
        row(both("POST", variations, "{\"name\":\"Unknown key\",\"overrides\":{\"font\":{\"value\":\"serif\"}}}"),
                400, "invalid_body", "Invalid override key.");
    }

    @Test
    void aFlagHasAtMostTwentyVariations() {
        String variations = "/experimentation/feature-flags/" + CHECKOUT + "/variations";
        for (int i = 3; i <= 20; i++) {
            row(both("POST", variations, "{\"name\":\"Size " + i + "\",\"overrides\":{\"size\":{\"value\":" + (20 + i) + "}}}"),
                    201, null, null);
        }
        row(both("POST", variations, "{\"name\":\"Size 21\",\"overrides\":{\"size\":{\"value\":41}}}"),
                400, "feature_flag_variation_limit", "Feature flag variation limit exceeded.");
    }

    @Test
    void aTokenWithoutTheScopeIs403() {
        String readOnly = jwtWithScope("read:experimentation");
        row(both("POST", "/experimentation/experiments/" + DRAFT + "/status", "{\"status\":\"archived\"}",
                        Map.of("Authorization", "Bearer " + readOnly)),
                403, "insufficient_scope", "Insufficient scope; expected any of: update:experimentation.");
    }

    @Test
    void auth0sOwnFlagsAndSegmentsAreReadOnly() {
        String flag = "/experimentation/feature-flags/" + AUTH0_FLAG;
        row(both("PATCH", flag, "{\"name\":\"Renamed sensitivity\"}"), 403, "feature_flag_not_modifiable",
                "Feature flag cannot be modified.");
        row(both("POST", flag + "/status", "{\"status\":\"archived\"}"), 403, "feature_flag_not_modifiable",
                "Feature flag cannot be modified.");
        row(both("DELETE", flag, null), 403, "feature_flag_not_modifiable", "Feature flag cannot be modified.");
        String segment = "/experimentation/segments/" + AUTH0_SEGMENT;
        row(both("PATCH", segment, "{\"name\":\"Renamed crawlers\"}"), 403, "segment_not_modifiable",
                "Segment cannot be modified.");
        row(both("DELETE", segment, null), 403, "segment_not_modifiable", "Segment cannot be modified.");
        row(both("GET", flag, null), 200, null, null);
    }

    @Test
    void unknownIdsAre404InAuth0sWords() {
        row(both("GET", "/experimentation/experiments/exp_3ZZZZZZZZZZZZZZZZZZZZZ", null), 404, "inexistent_experiment",
                "Experiment not found.");
        row(both("GET", "/experimentation/feature-flags/" + MISSING_FLAG, null), 404, "inexistent_feature_flag",
                "Feature flag not found.");
        row(both("GET", "/experimentation/feature-flags/" + CHECKOUT + "/variations/var_3ZZZZZZZZZZZZZZZZZZZZZ", null), 404,
                "inexistent_variation", "Variation not found.");
        row(both("GET", "/experimentation/segments/seg_3ZZZZZZZZZZZZZZZZZZZZZ", null), 404, "inexistent_segment",
                "Segment not found.");
    }

    @Test
    void segmentExpressionsRoundTrip() throws IOException {
        String rules = "[{\"match\":{\"user_agent\":{\"contains\":[\"Mobile\"]},\"domain\":{\"ends_with\":[\".example\"]},"
                + "\"browser\":{\"starts_with\":[\"Fire\"]}},\"not_match\":{\"organization_id\":{\"exists\":true}}}]";
        List<Reply> created = both("POST", "/experimentation/segments", "{\"name\":\"Mobile outsiders\",\"rules\":" + rules + "}");
        row(created, 201, null, null);
        JsonNode sent = ApiHttp.mapper().readTree(rules);
        created.forEach(reply -> assertThat(reply.json().get("rules")).as(reply.body()).isEqualTo(sent));
    }

    @Test
    void weightsAreNumbersFromZeroToAHundredThatMustSumToAHundred() {
        String fractional = "[{\"variation_id\":\"" + BLUE + "\",\"weight\":33.3,\"is_control\":true},"
                + "{\"variation_id\":\"" + GREEN + "\",\"weight\":66.7,\"is_control\":false}]";
        List<Reply> patched = both("PATCH", "/experimentation/experiments/" + DRAFT, "{\"allocations\":" + fractional + "}");
        row(patched, 200, null, null);
        assertThat(patched.get(0).json().at("/allocations/0/weight").asDouble()).isEqualTo(33.3);
        assertThat(patched.get(0).json().get("is_valid").asBoolean()).isTrue();
        row(both("PATCH", "/experimentation/experiments/" + DRAFT, "{\"allocations\":[{\"variation_id\":\"" + BLUE
                + "\",\"weight\":100.5,\"is_control\":true}]}"), 400, "invalid_body", "Payload validation error: ");
    }

    @Test
    void aPatchNeedsAPropertyAndANullDescriptionClearsIt() {
        row(both("PATCH", "/experimentation/experiments/" + DRAFT, "{}"), 400, "invalid_body",
                "Payload validation error: 'Too few properties defined (0), minimum 1'");
        List<Reply> cleared = both("PATCH", "/experimentation/experiments/" + DRAFT, "{\"description\":null}");
        row(cleared, 200, null, null);
        cleared.forEach(reply -> assertThat(reply.json().has("description")).as(reply.body()).isFalse());
    }

    @Test
    void formBodiesAreAcceptedLikeJson() {
        List<Reply> archived = both("POST", "/experimentation/experiments/" + DRAFT + "/status", "status=archived",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        row(archived, 200, null, null);
        archived.forEach(reply -> assertThat(reply.json().get("status").asText()).isEqualTo("archived"));
    }

    private static String experiment(String name, String flag, String control, String other) {
        return experimentWith(name, flag, allocations(control, other));
    }

    private static String allocations(String control, String other) {
        return "[{\"variation_id\":\"" + control + "\",\"weight\":50,\"is_control\":true},"
                + "{\"variation_id\":\"" + other + "\",\"weight\":50,\"is_control\":false}]";
    }

    private static String experimentWith(String name, String flag, String allocations) {
        return "{\"name\":\"" + name + "\",\"feature_flag_id\":\"" + flag + "\",\"authentication_flow\":\"pre_authentication\","
                + "\"allocation_strategy\":\"percentage\",\"assignment_config\":{\"subject\":\"device\"},"
                + "\"allocations\":" + allocations + "}";
    }

    /** A dev-mode JWT: the servers honour its scope claim without checking the signature. */
    private static String jwtWithScope(String scope) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"parity\",\"scope\":\"" + scope + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString("not-checked".getBytes(StandardCharsets.UTF_8));
    }

    private static List<Reply> both(String method, String path, String body) {
        return both(method, path, body, Map.of());
    }

    /** The same request to the stub, then to the mock; each answer checked against both documents. */
    private static List<Reply> both(String method, String path, String body, Map<String, String> headers) {
        return servers.both(method, path, body, headers);
    }

    /** Both answered alike, and as the table says: the status, the errorCode, a message starting with Auth0's text. */
    private static void row(List<Reply> replies, int status, String errorCode, String messageStart) {
        Reply fromStub = replies.get(0);
        Reply fromMock = replies.get(1);
        assertThat(fromMock.status()).as("mock vs stub: %s / %s", fromMock.body(), fromStub.body())
                .isEqualTo(fromStub.status());
        assertThat(fromStub.status()).as("stub: %s", fromStub.body()).isEqualTo(status);
        if (errorCode == null) {
            return;
        }
        assertThat(fromMock.json().path("errorCode").asText()).as("mock vs stub errorCode").isEqualTo(errorCode);
        assertThat(fromStub.json().path("errorCode").asText()).as("stub errorCode").isEqualTo(errorCode);
        assertThat(fromMock.json().path("message").asText()).as("mock vs stub message")
                .isEqualTo(fromStub.json().path("message").asText());
        assertThat(fromStub.json().path("message").asText()).as("stub message").startsWith(messageStart);
    }
}
