package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.junit.ExpcenterMock;
import dev.expcenter.mock.testsupport.MockApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestValidationTest {
    @RegisterExtension
    static final ExpcenterMock MOCK = ExpcenterMock.builder().configure(c -> c.strictness(Strictness.FAIL)).build();

    private static MockApi mock;

    @BeforeAll
    static void client() {
        mock = MockApi.on(MOCK.server());
    }

    private static void assertBadRequest(HttpResponse<String> response, String errorCode, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = MockApi.json(response);
        assertThat(body.path("errorCode").asText()).isEqualTo(errorCode);
        assertThat(body.path("message").asText()).isEqualTo(message);
        assertThat(body.path("error").asText()).isEqualTo("Bad Request");
        assertThat(body.path("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void unknownPropertyShouldBeInvalidBodyNamingIt() {
        String id = mock.draftExperiment();

        assertBadRequest(mock.patch("experimentation/experiments/" + id, "{\"feature_flag_id\": \"flg_x\"}"),
                "invalid_body", "Payload validation error: 'Additional properties not allowed: feature_flag_id' on property feature_flag_id");
    }

    @Test
    void missingRequiredPropertyShouldBeInvalidBodyNamingIt() {
        assertBadRequest(mock.post("experimentation/feature-flags", "{\"description\": \"no name\"}"),
                "invalid_body", "Payload validation error: 'Missing required property: name' on property name");
    }

    @Test
    void enumViolationShouldMatchTheSpecExample() {
        String id = mock.draftExperiment();

        assertBadRequest(mock.post("experimentation/experiments/" + id + "/status", "{\"status\": \"draft\"}"),
                "invalid_body", "Payload validation error: 'Invalid value draft, allowed: active, paused, completed, archived' on property status");
    }

    @Test
    void nestedProblemShouldNameTheDottedPath() {
        HttpResponse<String> response = mock.post("experimentation/experiments", """
                {"name": "Nested problem", "feature_flag_id": "flg_x", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "var_x", "weight": "half"}]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("message").asText())
                .startsWith("Payload validation error: '").contains("on property allocations[0].");
    }

    @Test
    void tooShortStringShouldBeWordedLikeAuth0() {
        assertBadRequest(mock.post("experimentation/feature-flags", """
                {"name": "ab", "parameters": {"on": {"type": "boolean", "value": false}}}
                """), "invalid_body",
                "Payload validation error: 'String is too short (2 chars), minimum 3' on property name");
    }

    @Test
    void nestedTypeProblemShouldNameTypesAndPath() {
        HttpResponse<String> response = mock.post("experimentation/experiments", """
                {"name": "Nested type problem", "feature_flag_id": "flg_x", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "var_x", "weight": "half", "is_control": true}]}
                """);

        // Auth0's document: a weight is a number (0..100), not only an integer.
        assertBadRequest(response, "invalid_body",
                "Payload validation error: 'Expected type number but found type string' on property allocations[0].weight");
    }

    @Test
    void numberAboveMaximumShouldNameValueAndBound() {
        HttpResponse<String> response = mock.post("experimentation/experiments", """
                {"name": "Number above maximum", "feature_flag_id": "flg_x", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "var_x", "weight": 500, "is_control": true}]}
                """);

        assertBadRequest(response, "invalid_body",
                "Payload validation error: 'Value 500 is greater than maximum 100' on property allocations[0].weight");
    }

    @Test
    void patternProblemShouldQuoteThePattern() {
        HttpResponse<String> response = mock.post("experimentation/feature-flags", """
                {"name": " padded ", "parameters": {"on": {"type": "boolean", "value": false}}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("message").asText())
                .startsWith("Payload validation error: 'String does not match pattern ")
                .endsWith(":  padded ' on property name");
    }

    // A body on an operation that declares none is ignored, as the stub ignores it: Auth0 declares no
    // 400 for a GET by id or a DELETE of a flag or segment, so the mock must not answer one.

    @Test
    void bodyOnAnOperationWithoutOneShouldBeIgnored() {
        String id = mock.draftExperiment();
        HttpResponse<String> plain = mock.post("experimentation/experiments/" + id + "/validate", "");

        HttpResponse<String> withBody = mock.post("experimentation/experiments/" + id + "/validate", "{\"x\": 1}");

        assertThat(withBody.statusCode()).as(withBody.body()).isEqualTo(200);
        assertThat(MockApi.json(withBody)).isEqualTo(MockApi.json(plain));
        assertThat(mock.violations().count()).isZero();
    }

    @Test
    void bodyOnAGetShouldBeIgnored() {
        String id = mock.draftExperiment();
        HttpResponse<String> plain = mock.get("experimentation/experiments/" + id);

        HttpResponse<String> withBody = mock.send(mock.request("experimentation/experiments/" + id)
                .header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"x\": 1}")));

        assertThat(withBody.statusCode()).as(withBody.body()).isEqualTo(200);
        assertThat(withBody.body()).isEqualTo(plain.body());
    }

    @Test
    void bodyOnADeleteShouldBeIgnoredAndTheDeleteDone() {
        HttpResponse<String> flag = mock.post("experimentation/feature-flags", """
                {"name": "Deleted with a body", "parameters": {"on": {"type": "boolean", "value": false}}}""");
        HttpResponse<String> segment = mock.post("experimentation/segments", """
                {"name": "Deleted with a body", "rules": [{"match": {"country": ["DE"]}}]}""");
        assertThat(flag.statusCode()).as(flag.body()).isEqualTo(201);
        assertThat(segment.statusCode()).as(segment.body()).isEqualTo(201);

        for (String path : new String[] {"experimentation/feature-flags/" + MockApi.json(flag).path("id").asText(),
                "experimentation/segments/" + MockApi.json(segment).path("id").asText()}) {
            HttpResponse<String> deleted = mock.send(mock.request(path).header("Content-Type", "application/json")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"not\": \"expected\"}")));

            assertThat(deleted.statusCode()).as(path + ": " + deleted.body()).isEqualTo(204);
            assertThat(mock.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void missingRequiredBodyShouldBeInvalidBody() {
        String id = mock.draftExperiment();

        assertBadRequest(mock.post("experimentation/experiments/" + id + "/status", ""), "invalid_body",
                "Payload validation error: 'Expected type object but found type null'");
    }

    @Test
    void queryNotAnIntegerShouldBeInvalidQueryString() {
        assertBadRequest(mock.get("experimentation/experiments?take=ten"), "invalid_query_string",
                "Query validation error: 'Expected type integer but found type string' on property take");
    }

    @Test
    void emptyQueryValueShouldCountAsNotSent() {
        assertThat(mock.get("experimentation/experiments?take=").statusCode()).isEqualTo(200);
    }

    @Test
    void rejectedRequestShouldChangeNothing() {
        int before = MockApi.json(mock.get("experimentation/feature-flags?take=50")).path("feature_flags").size();

        mock.post("experimentation/feature-flags", "{\"name\": \"ok_name\", \"bogus\": true}");

        assertThat(MockApi.json(mock.get("experimentation/feature-flags?take=50")).path("feature_flags").size())
                .isEqualTo(before);
    }

    @Test
    void brokenJsonShouldBeInvalidBody() {
        assertBadRequest(mock.post("experimentation/feature-flags", "{\"name\": "),
                "invalid_body", "Payload validation error: 'Invalid JSON'");
    }

    @Test
    void queryOutOfRangeShouldBeInvalidQueryString() {
        HttpResponse<String> response = mock.get("experimentation/experiments?take=51");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("invalid_query_string");
        assertThat(MockApi.json(response).path("message").asText())
                .isEqualTo("Query validation error: 'Value 51 is greater than maximum 50' on property take");
    }

    @Test
    void authenticationShouldComeBeforeValidation() {
        HttpResponse<String> response = mock.send(mock.request("experimentation/feature-flags")
                .setHeader("Authorization", "").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"bogus\": 1}")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void validRequestShouldReachTheResourceWithItsBodyIntact() {
        HttpResponse<String> response = mock.post("experimentation/feature-flags", """
                {"name": "show_passkey_prompt", "description": "Buffered and replayed.",
                 "parameters": {"show_passkey_prompt": {"type": "boolean", "value": false}}}
                """);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(MockApi.json(response).path("description").asText()).isEqualTo("Buffered and replayed.");
    }

    @Test
    void aBodyWithoutContentTypeShouldBeTheStubs415WhateverItHolds() {
        HttpResponse<String> response = mock.send(mock.request("experimentation/feature-flags")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void protocolAnswersShouldGoOutUnchangedOnTheStrictHarness() {
        String id = mock.draftExperiment();
        long before = mock.violations().count();
        String path = "experimentation/experiments/" + id;

        assertThat(mock.send(mock.request(path).header("Accept", "text/html").GET()).statusCode()).isEqualTo(406);
        assertThat(mock.send(mock.request(path).header("X-Padding", "p".repeat(9 * 1024)).GET()).statusCode())
                .isEqualTo(431);
        assertThat(mock.send(mock.request(path).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024]))).statusCode())
                .isEqualTo(413);
        HttpResponse<String> lowercase = mock.send(mock.request(path).method("get", HttpRequest.BodyPublishers.noBody()));
        assertThat(lowercase.statusCode()).as(lowercase.body()).isEqualTo(405);

        assertThat(mock.violations().count()).isEqualTo(before);
    }

    @Test
    void wrongContentTypeShouldStillBeTheStubs415() {
        // The spec declares the 415, so the strict harness lets it through.
        HttpResponse<String> response = mock.send(mock.request("experimentation/feature-flags")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(MockApi.json(response).path("errorCode").asText()).isEqualTo("unsupported_media_type");
    }
}
