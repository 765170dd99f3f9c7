package dev.expcenter.stub.error;

import static dev.expcenter.stub.testsupport.StubHarness.assertError;
import static dev.expcenter.stub.testsupport.StubHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.testsupport.StubHarness;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorMappingTest {
    private StubHarness stub;

    @BeforeAll
    void start() {
        stub = StubHarness.start();
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @Test
    void validBodyShouldBeAcceptedAndEchoedWithoutNulls() {
        HttpResponse<String> response = stub.postJson("probes", """
                {"name": "a", "weight": 5, "enabled": true, "strategy": "segment", "items": [{"variation_id": "v"}]}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).toString()).isEqualTo(
                "{\"name\":\"a\",\"weight\":5,\"enabled\":true,\"priority\":0,\"strategy\":\"segment\","
                        + "\"items\":[{\"variation_id\":\"v\"}]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"name": "a"                                    | Payload validation error: 'Invalid JSON'
            {name: a}                                       | Payload validation error: 'Invalid JSON'
            {"name": "a"} trailing                          | Payload validation error: 'Invalid JSON'
            {"name": "a", "name": "b"}                      | Payload validation error: 'Invalid JSON'
            {"name": "a", "foo": 1}                         | Payload validation error: 'Additional properties not allowed: foo' on property foo
            {"name": 5}                                     | Payload validation error: 'Expected type string but found type integer' on property name
            {"name": true}                                  | Payload validation error: 'Expected type string but found type boolean' on property name
            {"name": "a", "enabled": "true"}                | Payload validation error: 'Expected type boolean but found type string' on property enabled
            {"name": "a", "weight": "5"}                    | Payload validation error: 'Expected type integer but found type string' on property weight
            {"name": "a", "weight": 1.5}                    | Payload validation error: 'Expected type integer but found type number' on property weight
            {"name": "a", "items": {}}                      | Payload validation error: 'Expected type array but found type object' on property items
            {"name": "a", "strategy": "other"}              | Payload validation error: 'Invalid value other, allowed: percentage, segment' on property strategy
            {"name": "a", "strategy": 1}                    | Payload validation error: 'Expected type string but found type integer' on property strategy
            {"name": "a", "priority": null}                 | Payload validation error: 'Expected type integer but found type null' on property priority
            {}                                              | Payload validation error: 'Missing required property: name' on property name
            []                                              | Payload validation error: 'Expected type object but found type array'
            {"name": "a", "items": [{"variation_id": "v", "x": 1}]} | Payload validation error: 'Additional properties not allowed: x' on property items[0].x
            {"name": "a", "items": [{"variation_id": 7}]}   | Payload validation error: 'Expected type string but found type integer' on property items[0].variation_id
            {"name": null}                                  | Payload validation error: 'Expected type string but found type null' on property name
            {"name": "a", "display_name": "far too long"}   | Payload validation error: 'String is too long (12 chars), maximum 10' on property display_name
            {"name": "a", "weight": 101}                    | Payload validation error: 'Value 101 is greater than maximum 100' on property weight
            {"name": "a", "items": [{}]}                    | Payload validation error: 'Missing required property: variation_id' on property items[0].variation_id
            """)
    void badBodyShouldBeInvalidBody(String body, String message) {
        assertError(stub.postJson("probes", body), 400, "invalid_body", message);
    }

    @Test
    void emptyOrNullBodyShouldBeInvalidBody() {
        assertError(stub.postJson("probes", ""), 400, "invalid_body",
                "Payload validation error: 'Expected type object but found type null'");
    }

    @Test
    void unconvertibleQueryValueShouldBeInvalidQueryString() {
        assertError(stub.get("probes?take=abc"), 400, "invalid_query_string",
                "Query validation error: 'Expected type integer but found type string' on property take");
    }

    @Test
    void queryValueOutOfRangeShouldBeInvalidQueryString() {
        assertError(stub.get("probes?take=51"), 400, "invalid_query_string",
                "Query validation error: 'Value 51 is greater than maximum 50' on property take");
    }

    @Test
    void wrongContentTypeShouldBeUnsupportedMediaType() {
        HttpResponse<String> response = stub.send(stub.request("probes").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertError(response, 415, "unsupported_media_type",
                "Content-Type text/plain is not supported, use application/json or application/x-www-form-urlencoded");
    }

    @Test
    void wrongMethodShouldBeMethodNotAllowedWithAllowHeader() {
        HttpResponse<String> response = stub.send(stub.request("probes").DELETE());

        assertError(response, 405, "method_not_allowed", "Method DELETE is not allowed on this path");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET").contains("POST"));
    }

    @Test
    void unknownRouteShouldBeNotFound() {
        assertError(stub.get("nowhere/at/all"), 404, "not_found", "Not Found");
    }

    @Test
    void unacceptableAcceptShouldBeNotAcceptableInJson() {
        HttpResponse<String> response = stub.send(stub.request("experimentation/experiments/x")
                .header("Accept", "text/html").GET());

        assertError(response, 406, "not_acceptable", "This operation only produces application/json");
    }

    @Test
    void bodyOverLimitByContentLengthShouldBePayloadTooLarge() {
        byte[] body = new byte[1024 * 1024 + 1];
        HttpResponse<String> response = stub.send(stub.request("probes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertError(response, 413, "payload_too_large", "Payload too large: the limit is 1048576 bytes");
    }

    @Test
    void chunkedBodyOverLimitShouldBePayloadTooLarge() {
        String head = "{\"name\": \"";
        HttpResponse<String> response = stub.send(stub.request("probes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                        endless()))));

        assertError(response, 413, "payload_too_large", "Payload too large: the limit is 1048576 bytes");
    }

    @Test
    void unexpectedExceptionShouldBeInternalErrorWithoutDetails() {
        HttpResponse<String> response = stub.get("experimentation/experiments/boom");

        assertError(response, 500, "internal_error", "Internal error");
        assertThat(response.body()).doesNotContain("secret", "Exception", "at dev.");
    }

    @Test
    void engineExceptionShouldBeAnsweredWithTheCataloguesCodeAndAuth0sMessage() {
        assertError(stub.get("experimentation/experiments/missing"), 404, "inexistent_experiment",
                "Experiment not found.");
    }

    /** 2 MiB of 'a', more than the limit, with no length known in advance. */
    private static InputStream endless() {
        return new InputStream() {
            private int left = 2 * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
    }
}
