package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static dev.expcenter.mock.testsupport.MockClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class StateImportExportTest {
    /** A small tenant: one flag, its two variations and one experiment on them, no segments. */
    static final String DOCUMENT = """
            {"feature_flags": [{"id": "flg_72jbvv7LfRKYp59gtRLtkn", "name": "Dark mode", "type": "self",
               "status": "active", "parameters": {"dark": {"type": "boolean", "value": false}},
               "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}],
             "variations": [
               {"id": "var_7Tz3Wq9KxMv2Rb5YhJd8Ne", "feature_flag_id": "flg_72jbvv7LfRKYp59gtRLtkn", "name": "Off",
                "overrides": {}, "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"},
               {"id": "var_8Uz3Wq9KxMv2Rb5YhJd8Ne", "feature_flag_id": "flg_72jbvv7LfRKYp59gtRLtkn", "name": "On",
                "overrides": {"dark": {"value": true}},
                "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}],
             "experiments": [
               {"id": "exp_3Fw8Kp2RtYz6MqXv9Nb4Hd", "name": "Dark mode test", "feature_flag_id": "flg_72jbvv7LfRKYp59gtRLtkn",
                "authentication_flow": "pre_authentication", "allocation_strategy": "percentage",
                "assignment_config": {"subject": "device"}, "status": "draft", "is_valid": true,
                "allocations": [{"variation_id": "var_7Tz3Wq9KxMv2Rb5YhJd8Ne", "weight": 50, "is_control": true},
                                {"variation_id": "var_8Uz3Wq9KxMv2Rb5YhJd8Ne", "weight": 50, "is_control": false}],
                "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}]}""";

    @AutoClose
    private static final MockClient mock = MockClient.start();

    private HttpResponse<String> put(String session, String document) {
        return mock.send(json(mock.request("/__admin/state").header("X-Mock-Session", session), "PUT", document));
    }

    private JsonNode export(String session) {
        HttpResponse<String> response = mock.send(mock.request("/__admin/state").header("X-Mock-Session", session));
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response);
    }

    @Test
    void importedStateShouldBeServedAndExportedBackUnchanged() {
        assertThat(put("round-trip", DOCUMENT).statusCode()).isEqualTo(204);
        JsonNode exported = export("round-trip");
        assertThat(exported.get("experiments").get(0).get("name").asText()).isEqualTo("Dark mode test");
        assertThat(body(mock.send(mock.api("/experimentation/experiments/exp_3Fw8Kp2RtYz6MqXv9Nb4Hd")
                .header("X-Mock-Session", "round-trip"))).get("name").asText()).isEqualTo("Dark mode test");

        HttpResponse<String> later = mock.send(json(mock.api("/experimentation/feature-flags")
                .header("X-Mock-Session", "round-trip"), "POST", """
                {"name": "Later", "parameters": {"later": {"type": "boolean", "value": false}}}"""));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(export("round-trip").get("feature_flags")).hasSize(2);

        assertThat(put("round-trip", exported.toString()).statusCode()).isEqualTo(204);
        assertThat(export("round-trip")).isEqualTo(exported);
    }

    @Test
    void malformedImportShouldBeA400NamingThePlaceAndChangeNothing() {
        put("bad-import", DOCUMENT);
        JsonNode before = export("bad-import");

        HttpResponse<String> response = put("bad-import", "{\"feature_flags\": [ {\"id\": 3} ]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.get("errorCode").asText()).isEqualTo("invalid_body");
        assertThat(error.get("message").asText()).startsWith("request body (line 1, column");
        assertThat(export("bad-import")).isEqualTo(before);
    }

    @Test
    void inconsistentImportShouldBeA400AndChangeNothing() {
        put("inconsistent", DOCUMENT);
        JsonNode before = export("inconsistent");
        String orphan = DOCUMENT.replace("\"feature_flag_id\": \"flg_72jbvv7LfRKYp59gtRLtkn\", \"name\": \"Off\"",
                "\"feature_flag_id\": \"flg_99jbvv7LfRKYp59gtRLtkn\", \"name\": \"Off\"");

        HttpResponse<String> response = put("inconsistent", orphan);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("message").asText()).contains("flg_99jbvv7LfRKYp59gtRLtkn");
        assertThat(export("inconsistent")).isEqualTo(before);
    }

    @Test
    void builtInDataShouldRoundTripThroughExportAndImport() {
        JsonNode exported = export("built-in");
        HttpResponse<String> response = put("built-in", exported.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(export("built-in")).isEqualTo(exported);
    }
}
