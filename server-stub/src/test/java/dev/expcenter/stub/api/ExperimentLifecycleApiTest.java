package dev.expcenter.stub.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented sequence over real HTTP: create a flag, add two variations, activate the flag,
 * create an experiment, then activate, pause, resume, complete and archive it. Every response is
 * checked against the spec by {@link SpecCheckedClient}.
 */
class ExperimentLifecycleApiTest {
    /** Experiment names are unique: each made here gets its own. */
    private static final AtomicInteger NAMES = new AtomicInteger();
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

    /** An active flag with two variations; returns {flagId, controlId, treatmentId}. */
    static String[] activeFlag(SpecCheckedClient api) {
        Reply flag = api.post("/experimentation/feature-flags", """
                {"name": "show_passkey_prompt",
                 "parameters": {"show_passkey_prompt": {"type": "boolean", "value": false}}}""");
        assertThat(flag.status()).isEqualTo(201);
        String flagId = flag.json().get("id").asText();
        String control = api.post("/experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "control", "overrides": {}}""").json().get("id").asText();
        String treatment = api.post("/experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "prompt", "overrides": {"show_passkey_prompt": {"value": true}}}""").json().get("id").asText();
        Reply active = api.post("/experimentation/feature-flags/" + flagId + "/status", """
                {"status": "active"}""");
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().get("status").asText()).isEqualTo("active");
        return new String[] {flagId, control, treatment};
    }

    static String createExperiment(SpecCheckedClient api, String[] flag, int controlWeight) {
        Reply created = api.post("/experimentation/experiments", """
                {"name": "Passkey prompt %d", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [
                   {"variation_id": "%s", "weight": %d, "is_control": true},
                   {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(NAMES.incrementAndGet(), flag[0], flag[1], controlWeight, flag[2]));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Reply transition(String id, String status) {
        return api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"" + status + "\"}");
    }

    @Test
    void theDocumentedSequenceShouldWalkTheWholeLifecycle() {
        String[] flag = activeFlag(api);
        Reply created = api.post("/experimentation/experiments", """
                {"name": "Passkey prompt", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [
                   {"variation_id": "%s", "weight": 50, "is_control": true},
                   {"variation_id": "%s", "weight": 50, "is_control": false}]}""".formatted(flag[0], flag[1], flag[2]));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/v2/experimentation/experiments/" + id);
        assertThat(created.json().get("status").asText()).isEqualTo("draft");
        assertThat(created.json().get("is_valid").asBoolean()).isTrue();
        assertThat(created.json().has("started_at")).isFalse();

        JsonNode active = transition(id, "active").json();
        assertThat(active.get("status").asText()).isEqualTo("active");
        String startedAt = active.get("started_at").asText();
        assertThat(active.get("updated_at").asText()).isEqualTo(startedAt);

        JsonNode paused = transition(id, "paused").json();
        assertThat(paused.get("status").asText()).isEqualTo("paused");
        JsonNode resumed = transition(id, "active").json();
        assertThat(resumed.get("started_at").asText()).as("started_at is the first activation").isEqualTo(startedAt);

        JsonNode completed = transition(id, "completed").json();
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("ended_at").asText()).isEqualTo(completed.get("updated_at").asText());

        JsonNode archived = transition(id, "archived").json();
        assertThat(archived.get("status").asText()).isEqualTo("archived");
        assertThat(archived.get("ended_at").asText()).isEqualTo(completed.get("ended_at").asText());

        assertThat(api.get("/experimentation/experiments/" + id).json()).isEqualTo(archived);
    }

    @Test
    void statusShouldAnswerTheExperimentUnchangedWhenItIsAlreadyThere() {
        String id = createExperiment(api, activeFlag(api), 50);
        JsonNode first = transition(id, "active").json();

        Reply again = transition(id, "active");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first);
    }

    @Test
    void statusShouldRefuseReactivatingACompletedExperimentWithBadRequest() {
        String id = createExperiment(api, activeFlag(api), 50);
        transition(id, "active");
        JsonNode completed = transition(id, "completed").json();

        Reply reply = transition(id, "active");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(api.json("""
                {"statusCode": 400, "error": "Bad Request", "errorCode": "invalid_status_transition",
                 "message": "Completed experiments cannot be reactivated."}"""));
        assertThat(api.get("/experimentation/experiments/" + id).json()).isEqualTo(completed);
    }

    @Test
    void statusShouldRefuseAMoveTheTableForbidsWithBadRequest() {
        String id = createExperiment(api, activeFlag(api), 50);
        JsonNode draft = api.get("/experimentation/experiments/" + id).json();

        Reply reply = transition(id, "paused");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(api.json("""
                {"statusCode": 400, "error": "Bad Request", "errorCode": "invalid_status_transition",
                 "message": "Status transition is not allowed. Cannot move from 'draft' to 'paused'; allowed: active, archived."}"""));
        assertThat(api.get("/experimentation/experiments/" + id).json()).isEqualTo(draft);
    }

    @Test
    void activationShouldFailWithTheFirstCheckAndEveryMessageWhenNotReady() {
        String[] flag = activeFlag(api);
        String id = createExperiment(api, flag, 40);
        // Two checks fail: no control, and weights summing to 90.
        Reply edited = api.patch("/experimentation/experiments/" + id, """
                {"allocations": [{"variation_id": "%s", "weight": 40, "is_control": false},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}""".formatted(flag[1], flag[2]));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("is_valid").asBoolean()).isFalse();

        Reply reply = transition(id, "active");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorCode").asText()).isEqualTo("experiment_missing_control");
        assertThat(api.get("/experimentation/experiments/" + id).json().get("status").asText()).isEqualTo("draft");
        JsonNode report = api.post("/experimentation/experiments/" + id + "/validate", null).json();
        assertThat(report.get("is_valid").asBoolean()).isFalse();
        assertThat(report.get("errors").findValuesAsText("code"))
                .containsExactly("experiment_missing_control", "experiment_invalid_allocation_weights");
        assertThat(reply.json().get("message").asText()).isEqualTo("Experiment cannot be activated: validation failed: "
                + String.join("; ", report.get("errors").findValuesAsText("message")));
    }

    @Test
    void aSecondActivationShouldHitTheOneActiveExperimentLimit() {
        String[] flag = activeFlag(api);
        String first = createExperiment(api, flag, 50);
        String second = createExperiment(api, flag, 50);
        transition(first, "active");

        Reply reply = transition(second, "active");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorCode").asText()).isEqualTo("experiment_active_limit_exceeded");
    }

    @Test
    void listsShouldPageWithNextAndFilterByStatus() {
        String[] flag = activeFlag(api);
        String a = createExperiment(api, flag, 50);
        String b = createExperiment(api, flag, 50);
        String c = createExperiment(api, flag, 50);
        transition(b, "active");

        JsonNode page1 = api.get("/experimentation/experiments?take=2").json();
        assertThat(page1.get("experiments").findValuesAsText("id")).containsExactly(a, b);
        assertThat(page1.get("next").asText()).isEqualTo(c);
        JsonNode page2 = api.get("/experimentation/experiments?take=2&from=" + c).json();
        assertThat(page2.get("experiments").findValuesAsText("id")).containsExactly(c);
        assertThat(page2.has("next")).isFalse();
        JsonNode drafts = api.get("/experimentation/experiments?status=draft").json();
        assertThat(drafts.get("experiments").findValuesAsText("id")).containsExactly(a, c);
        assertThat(api.get("/experimentation/experiments?take=51").json().get("errorCode").asText())
                .isEqualTo("invalid_query_string");
    }

    @Test
    void missingThingsShouldBeNotFoundButDeletesIdempotent() {
        assertThat(api.get("/experimentation/experiments/exp_missing").json().get("errorCode").asText())
                .isEqualTo("inexistent_experiment");
        assertThat(api.get("/experimentation/feature-flags/flg_missing/variations").json().get("errorCode").asText())
                .isEqualTo("inexistent_feature_flag");
        assertThat(api.delete("/experimentation/experiments/exp_missing").status()).isEqualTo(204);
        assertThat(api.delete("/experimentation/segments/seg_missing").status()).isEqualTo(204);
        assertThat(api.delete("/experimentation/feature-flags/flg_missing/variations/var_x").status()).isEqualTo(404);
    }

    @Test
    void badBodiesShouldBeInvalidBodyAndChangeNothing() {
        String id = createExperiment(api, activeFlag(api), 50);
        JsonNode before = api.get("/experimentation/experiments/" + id).json();

        assertThat(api.patch("/experimentation/experiments/" + id, "{\"feature_flag_id\": \"flg_x\"}")
                .json().get("message").asText())
                .isEqualTo("Payload validation error: 'Additional properties not allowed: feature_flag_id' on property feature_flag_id");
        assertThat(api.post("/experimentation/experiments/" + id + "/status", "{\"status\": \"draft\"}")
                .json().get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(api.post("/experimentation/experiments/" + id + "/status", "{\"status\": ")
                .json().get("errorCode").asText()).isEqualTo("invalid_body");

        assertThat(api.get("/experimentation/experiments/" + id).json()).isEqualTo(before);
    }

    @Test
    void activeExperimentsShouldRefuseAllocationEditsAndDeletes() {
        String[] flag = activeFlag(api);
        String id = createExperiment(api, flag, 50);
        transition(id, "active");

        Reply edit = api.patch("/experimentation/experiments/" + id, """
                {"allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]}""".formatted(flag[1]));
        assertThat(edit.json().get("errorCode").asText()).isEqualTo("experiment_requires_pause");
        assertThat(api.delete("/experimentation/experiments/" + id).json().get("errorCode").asText())
                .isEqualTo("experiment_active");
        assertThat(api.delete("/experimentation/feature-flags/" + flag[0]).json().get("errorCode").asText())
                .isEqualTo("feature_flag_in_use");
        assertThat(api.delete("/experimentation/feature-flags/" + flag[0] + "/variations/" + flag[1])
                .json().get("errorCode").asText()).isEqualTo("variation_in_use");
    }
}
