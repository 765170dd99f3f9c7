package dev.expcenter.stub.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Segments over real HTTP, and a segment-strategy experiment using them; responses checked against the spec. */
class SegmentApiTest {
    private ApiServer server;
    private SpecCheckedClient api;

    @BeforeEach
    void start() {
        server = new ApiServer();
        api = server.client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String createSegment() {
        Reply created = api.post("/experimentation/segments", """
                {"name": "Mobile in Europe",
                 "rules": [{"match": {"device_type": ["mobile"], "region": ["EU"]},
                            "not_match": {"client_id": ["internal-test-client"]}}]}""");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aSegmentShouldComeBackAsItWasSentWithOnlyTheAttributesGiven() {
        String id = createSegment();

        JsonNode segment = api.get("/experimentation/segments/" + id).json();

        assertThat(segment.get("type").asText()).isEqualTo("self");
        assertThat(segment.get("rules")).isEqualTo(api.json("""
                [{"match": {"device_type": ["mobile"], "region": ["EU"]},
                  "not_match": {"client_id": ["internal-test-client"]}}]"""));
    }

    @Test
    void patchShouldReplaceTheRulesAndListsShouldShowIt() {
        String id = createSegment();

        Reply patched = api.patch("/experimentation/segments/" + id, """
                {"rules": [{"match": {"country": ["DE", "FR"]}}]}""");

        assertThat(patched.json().get("rules")).isEqualTo(api.json("[{\"match\": {\"country\": [\"DE\", \"FR\"]}}]"));
        assertThat(api.get("/experimentation/segments?type=self").json().get("segments").get(0).get("rules"))
                .isEqualTo(patched.json().get("rules"));
    }

    @Test
    void unknownAttributesAndEmptyValueListsShouldBeInvalidBody() {
        Reply unknown = api.post("/experimentation/segments", """
                {"name": "Martians", "rules": [{"match": {"planet": ["mars"]}}]}""");
        assertThat(unknown.json().get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(unknown.json().get("message").asText()).endsWith("on property rules[0].match.planet");
        Reply empty = api.post("/experimentation/segments", """
                {"name": "Nowhere", "rules": [{"match": {"country": []}}]}""");
        assertThat(empty.json().get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(empty.json().get("message").asText()).endsWith("on property rules[0].match.country");
        Reply emptyOperator = api.post("/experimentation/segments", """
                {"name": "Nowhere", "rules": [{"match": {"domain": {"ends_with": []}}}]}""");
        assertThat(emptyOperator.json().get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(emptyOperator.json().get("message").asText()).endsWith("on property rules[0].match.domain");
        assertThat(api.get("/experimentation/segments").json().get("segments")).isEmpty();
    }

    @Test
    void everyConditionShapeShouldComeBackAsItWasSent() {
        String rules = """
                [{"match": {"domain": {"ends_with": [".example.com"]}, "browser": {"contains": ["Firefox"]},
                            "user_agent": {"starts_with": ["Mozilla/5.0"]}},
                  "not_match": {"organization_id": {"exists": true}, "country": ["FR", "DE"]}}]""";
        Reply created = api.post("/experimentation/segments", "{\"name\": \"Company Firefox\", \"rules\": " + rules + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode segment = api.get("/experimentation/segments/" + created.json().get("id").asText()).json();

        assertThat(segment.get("rules")).isEqualTo(api.json(rules));
    }

    @Test
    void aSegmentExperimentShouldActivateAndHoldItsSegment() {
        String[] flag = ExperimentLifecycleApiTest.activeFlag(api);
        String segment = createSegment();
        Reply created = api.post("/experimentation/experiments", """
                {"name": "Prompt for Europe", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "segment", "assignment_config": {"subject": "device"},
                 "allocations": [
                   {"variation_id": "%s", "segment_id": "%s", "priority": 1, "is_control": false},
                   {"variation_id": "%s", "priority": 2, "is_control": true, "is_fallback": true}]}"""
                .formatted(flag[0], flag[2], segment, flag[1]));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Reply active = api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"active\"}");

        assertThat(active.status()).isEqualTo(200);
        assertThat(api.delete("/experimentation/segments/" + segment).json().get("errorCode").asText())
                .isEqualTo("segment_in_use");
        // In use means used by a non-archived experiment: archiving releases the segment.
        assertThat(api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"paused\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"archived\"}").status())
                .isEqualTo(200);
        assertThat(api.delete("/experimentation/segments/" + segment).status()).isEqualTo(204);
    }
}
