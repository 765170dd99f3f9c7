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
        assertThat(api.post("/experimentation/segments", """
                {"name": "x", "rules": [{"match": {"planet": ["mars"]}}]}""").json().get("errorCode").asText())
                .isEqualTo("invalid_body");
        assertThat(api.post("/experimentation/segments", """
                {"name": "x", "rules": [{"match": {"country": []}}]}""").json().get("errorCode").asText())
                .isEqualTo("invalid_body");
    }

    @Test
    void aSegmentExperimentShouldActivateAndHoldItsSegment() {
        String[] flag = ExperimentLifecycleApiTest.activeFlag(api);
        String segment = createSegment();
        Reply created = api.post("/experimentation/experiments", """
                {"name": "Prompt for Europe", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "segment",
                 "allocations": [
                   {"variation_id": "%s", "segment_id": "%s", "priority": 1, "is_control": false},
                   {"variation_id": "%s", "priority": 2, "is_control": true, "is_fallback": true}]}"""
                .formatted(flag[0], flag[2], segment, flag[1]));
        String id = created.json().get("id").asText();

        Reply active = api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"active\"}");

        assertThat(active.status()).isEqualTo(200);
        assertThat(api.delete("/experimentation/segments/" + segment).json().get("errorCode").asText())
                .isEqualTo("segment_in_use");
    }
}
