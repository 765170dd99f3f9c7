package dev.expcenter.stub.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import dev.expcenter.stub.testsupport.TargetServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Form bodies over HTTP: every write sent as a form answers what the same write sent as JSON answers
 * (ids and timestamps aside), errors included, word for word. Abstract: the stub and the mock each run
 * it ({@code StubFormBodyTest}, {@code MockFormBodyTest}); every response is checked against the spec.
 * Names are unique, so the thing a form made is renamed out of the way before the same JSON write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormBodySuite {
    private static final String FORM = FormConverter.MEDIA_TYPE;
    private static final String JSON = "application/json";
    private static final String FLAGS = "/experimentation/feature-flags";
    private static final String EXPS = "/experimentation/experiments";
    /** What differs between two equal writes: who and when. */
    private static final List<String> VOLATILE = List.of("id", "created_at", "updated_at", "started_at", "ended_at");

    private TargetServer server;
    private SpecCheckedClient api;

    /** Starts the server this suite runs against. */
    protected abstract TargetServer startTarget();

    @BeforeAll
    void start() {
        server = startTarget();
        api = new SpecCheckedClient(server.apiRoot());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void emptyTenant() {
        server.reset();
    }

    @Test
    void createFlagShouldAnswerAsJson() {
        assertSameWrite(201, "POST", FLAGS,
                "name=show_prompt&description=Prompt+for+a+passkey%21"
                        + "&parameters[p][type]=boolean&parameters[p][value]=false"
                        + "&parameters[n][value]=1.5&parameters[n][type]=number"
                        + "&parameters[s][type]=string&parameters[s][value]=true"
                        + "&parameters[l][type]=array&parameters[l][value][]=a&parameters[l][value][]=b",
                """
                {"name": "show_prompt", "description": "Prompt for a passkey!", "parameters": {
                  "p": {"type": "boolean", "value": false}, "n": {"value": 1.5, "type": "number"},
                  "s": {"type": "string", "value": "true"}, "l": {"type": "array", "value": ["a", "b"]}}}""");
    }

    @Test
    void createVariationShouldAnswerAsJsonWithOverridesAsText() {
        String flag = flag();
        assertSameWrite(201, "POST", FLAGS + "/" + flag + "/variations", "name=control&overrides=",
                "{\"name\": \"control\", \"overrides\": {}}");
        // No sibling type: an override's value is text, which a string parameter takes...
        assertSameWrite(201, "POST", FLAGS + "/" + flag + "/variations", "name=prompt&overrides[label][value]=true",
                "{\"name\": \"prompt\", \"overrides\": {\"label\": {\"value\": \"true\"}}}");
        // ...and a boolean one refuses, as it refuses the JSON string.
        assertSameError("POST", FLAGS + "/" + flag + "/variations", "name=shown&overrides[p][value]=true",
                "{\"name\": \"shown\", \"overrides\": {\"p\": {\"value\": \"true\"}}}", null);
    }

    @Test
    void createSegmentShouldAnswerAsJson() {
        assertSameWrite(201, "POST", "/experimentation/segments",
                "name=Mobile+in+the+EU&rules[0][match][device_type][]=mobile&rules[0][match][region]=EU"
                        + "&rules[0][match][region]=EEA&rules[0][not_match][client_id][0]=internal&rules[1][match][country]=FR",
                """
                {"name": "Mobile in the EU", "rules": [
                  {"match": {"device_type": ["mobile"], "region": ["EU", "EEA"]}, "not_match": {"client_id": ["internal"]}},
                  {"match": {"country": ["FR"]}}]}""");
    }

    @Test
    void createAndPatchExperimentShouldAnswerAsJson() {
        String[] variations = activeFlagWithVariations();
        String flag = variations[0];
        Written created = assertSameWrite(201, "POST", EXPS, experimentForm(flag, variations[1], variations[2], "50"),
                experimentJson(flag, variations[1], variations[2], "50"));

        Reply byForm = api.send("PATCH", EXPS + "/" + created.byForm().get("id").asText(),
                "name=Renamed&allocations[0][variation_id]=" + variations[1]
                        + "&allocations[0][weight]=100&allocations[0][is_control]=true", FORM);
        moveAside(EXPS, byForm.json());
        Reply byJson = api.patch(EXPS + "/" + created.byJson().get("id").asText(), """
                {"name": "Renamed", "allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]}"""
                .formatted(variations[1]));
        assertSame(byForm, byJson, 200);
    }

    @Test
    void statusTransitionShouldAnswerAsJson() {
        String[] v = activeFlagWithVariations();
        String exp = EXPS + "/" + api.post(EXPS, experimentJson(v[0], v[1], v[2], "50")).json().get("id").asText();
        assertThat(api.post(exp + "/status", "{\"status\": \"active\"}").status()).isEqualTo(200);

        Reply byForm = api.send("POST", exp + "/status", "status=paused", FORM);
        assertThat(api.post(exp + "/status", "{\"status\": \"active\"}").status()).isEqualTo(200);
        Reply byJson = api.post(exp + "/status", "{\"status\": \"paused\"}");

        assertSame(byForm, byJson, 200);
        assertThat(byForm.json().get("status").asText()).isEqualTo("paused");
    }

    @Test
    void badFormsShouldBeRefusedAsTheEquivalentJson() {
        String[] v = activeFlagWithVariations();
        String exp = EXPS + "/" + api.post(EXPS, experimentJson(v[0], v[1], v[2], "50")).json().get("id").asText();

        assertSameError("POST", EXPS, experimentForm(v[0], v[1], v[2], "abc"), experimentJson(v[0], v[1], v[2], "\"abc\""),
                "Payload validation error: 'Expected type number but found type string' on property allocations[0].weight");
        assertSameError("POST", exp + "/status", "status=paused&colour=red", "{\"status\": \"paused\", \"colour\": \"red\"}",
                "Payload validation error: 'Additional properties not allowed: colour' on property colour");
        assertSameError("POST", FLAGS, "parameters[p][type]=boolean&parameters[p][value]=false",
                "{\"parameters\": {\"p\": {\"type\": \"boolean\", \"value\": false}}}",
                "Payload validation error: 'Missing required property: name' on property name");
        assertSameError("PATCH", exp,
                "allocations[0][variation_id]=" + v[1] + "&allocations[0][weight]=50&allocations[0][is_control]=yes",
                "{\"allocations\": [{\"variation_id\": \"" + v[1] + "\", \"weight\": 50, \"is_control\": \"yes\"}]}", null);
        assertSameError("POST", exp + "/status", "status=paws", "{\"status\": \"paws\"}", null);
        assertSameError("POST", exp + "/status", "", "", null);
    }

    @Test
    void formsNoJsonCanSayShouldBeInvalidBody() {
        String[] v = activeFlagWithVariations();
        String gap = "name=Gap+test&feature_flag_id=" + v[0] + "&authentication_flow=pre_authentication&allocation_strategy=percentage"
                + "&allocations[0][variation_id]=" + v[1] + "&allocations[0][is_control]=true"
                + "&allocations[2][variation_id]=" + v[2] + "&allocations[2][is_control]=false";
        assertInvalidBody(api.send("POST", EXPS, gap, FORM),
                "Payload validation error: 'Missing array index 1' on property allocations");
        assertInvalidBody(api.send("POST", FLAGS, "name=a&name=b&parameters=", FORM),
                "Payload validation error: 'Expected type string but found type array' on property name");
        assertInvalidBody(api.send("POST", FLAGS, "name[=x", FORM), "Payload validation error: 'Invalid form key: name['");
    }

    @Test
    void aJsonBodySentAsAFormAndTheReverseShouldBeInvalidBody() {
        String flag = "{\"name\": \"show_prompt\", \"parameters\": {}}";
        assertInvalidBody(api.send("POST", FLAGS, flag, FORM),
                "Payload validation error: 'Invalid form body, JSON needs Content-Type application/json'");
        assertInvalidBody(api.send("POST", FLAGS, "name=show_prompt&parameters=", JSON),
                "Payload validation error: 'Invalid JSON'");
    }

    /** The two things one write made, by form and by JSON. */
    private record Written(JsonNode byForm, JsonNode byJson) {
    }

    /** A create sent as a form, then as JSON once the form's thing has moved out of the name's way. */
    private Written assertSameWrite(int status, String method, String path, String form, String json) {
        Reply byForm = api.send(method, path, form, FORM);
        assertThat(byForm.status()).as(byForm.body()).isEqualTo(status);
        moveAside(path, byForm.json());
        Reply byJson = api.send(method, path, json, JSON);
        assertSame(byForm, byJson, status);
        return new Written(byForm.json(), byJson.json());
    }

    /** Renames {@code thing} (in the collection at {@code path}), so that another may take its name. */
    private void moveAside(String path, JsonNode thing) {
        Reply renamed = api.patch(path + "/" + thing.get("id").asText(),
                "{\"name\": \"" + thing.get("name").asText() + " (form)\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    }

    private void assertSameError(String method, String path, String form, String json, String message) {
        Reply byForm = api.send(method, path, form, FORM);
        Reply byJson = api.send(method, path, json, JSON);
        assertSame(byForm, byJson, 400);
        assertThat(byForm.json().get("errorCode").asText()).isEqualTo("invalid_body");
        if (message != null) {
            assertThat(byForm.json().get("message").asText()).isEqualTo(message);
        }
    }

    private static void assertSame(Reply byForm, Reply byJson, int status) {
        assertThat(byJson.status()).as(byJson.body()).isEqualTo(status);
        assertThat(byForm.status()).as(byForm.body()).isEqualTo(status);
        assertThat(stable(byForm.json())).isEqualTo(stable(byJson.json()));
    }

    private static void assertInvalidBody(Reply reply, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(reply.json().get("message").asText()).isEqualTo(message);
    }

    private static JsonNode stable(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove(VOLATILE);
        return copy;
    }

    private String flag() {
        return api.post(FLAGS, """
                {"name": "show_prompt", "parameters": {"p": {"type": "boolean", "value": false},
                                                       "label": {"type": "string", "value": "Sign in"}}}""")
                .json().get("id").asText();
    }

    /** An active flag and two variations of it: {flag, control, treatment}. */
    private String[] activeFlagWithVariations() {
        String flag = flag();
        String variations = FLAGS + "/" + flag + "/variations";
        String control = api.post(variations, "{\"name\": \"control\", \"overrides\": {}}").json().get("id").asText();
        String prompt = api.post(variations, "{\"name\": \"prompt\", \"overrides\": {\"p\": {\"value\": true}}}")
                .json().get("id").asText();
        assertThat(api.post(FLAGS + "/" + flag + "/status", "{\"status\": \"active\"}").status()).isEqualTo(200);
        return new String[] {flag, control, prompt};
    }

    private static String experimentForm(String flag, String control, String treatment, String weight) {
        return "name=Prompt+test&feature_flag_id=" + flag
                + "&authentication_flow=pre_authentication&allocation_strategy=percentage&assignment_config[subject]=device"
                + "&allocations[0][variation_id]=" + control + "&allocations[0][weight]=" + weight
                + "&allocations[0][is_control]=true&allocations[1][variation_id]=" + treatment + "&allocations[1][weight]=50"
                + "&allocations[1][is_control]=false";
    }

    private static String experimentJson(String flag, String control, String treatment, String weight) {
        return """
                {"name": "Prompt test", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": %s, "is_control": true},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(flag, control, weight, treatment);
    }
}
