package dev.expcenter.mock.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad request, one answer, whoever finds it: every row goes to the stub (bean validation, Jackson,
 * the engine) and to the mock (its schema check, then the engine), and both must give the row's status
 * and errorCode and the same message. The rows are a few with Auth0's full message (the spec's examples),
 * then rows generated from the spec: for each body operation and each property of its request schema,
 * a value of the wrong type, a string past its {@code maxLength}, a value outside its {@code enum}, a
 * number past its {@code maximum}, the property missing where required, plus an unknown property and a
 * body that is not JSON; and {@code take} past its limits on every paginated list.
 */
class ValidationParityTest {
    private static final String CHECKOUT = "flg_WKbsDE4kGZoDiPCFdcERFm";
    private static final String SEARCH = "flg_dD4nHQrroDnobDQCm6JUcK";
    private static final String BLUE = "var_284WXvYpho3fE5FTgvtEDx";
    private static final String GREEN = "var_vVsnu4eUwa8tYBfYLqHhDP";
    private static final String EU = "seg_vkBzjVs7Fv6SjZLY1Qkk1i";
    private static final String DRAFT = "exp_Y9fto49jc48iJkKjiB7e1M";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SPEC = spec();

    /** A valid body of every operation that takes one, in the parity tenant; the generated rows break one property each. */
    private static final List<Valid> VALID = List.of(
            new Valid("POST", "/experimentation/experiments", "{\"name\":\"Parity test\",\"feature_flag_id\":\"" + CHECKOUT
                    + "\",\"authentication_flow\":\"pre_authentication\",\"allocation_strategy\":\"percentage\","
                    + "\"assignment_config\":{\"subject\":\"device\"},\"allocations\":[{\"variation_id\":\"" + BLUE
                    + "\",\"weight\":50,\"is_control\":true},{\"variation_id\":\"" + GREEN + "\",\"weight\":50,\"is_control\":false}]}"),
            new Valid("PATCH", "/experimentation/experiments/" + DRAFT, "{\"name\":\"Parity rename\"}"),
            new Valid("POST", "/experimentation/experiments/" + DRAFT + "/status", "{\"status\":\"archived\"}"),
            new Valid("POST", "/experimentation/feature-flags",
                    "{\"name\":\"Parity flag\",\"parameters\":{\"x\":{\"type\":\"string\",\"value\":\"a\"}}}"),
            new Valid("PATCH", "/experimentation/feature-flags/" + SEARCH, "{\"name\":\"Parity rename\"}"),
            new Valid("POST", "/experimentation/feature-flags/" + SEARCH + "/status", "{\"status\":\"archived\"}"),
            new Valid("POST", "/experimentation/feature-flags/" + CHECKOUT + "/variations",
                    "{\"name\":\"Parity variation\",\"overrides\":{\"color\":{\"value\":\"red\"}}}"),
            new Valid("PATCH", "/experimentation/feature-flags/" + CHECKOUT + "/variations/" + BLUE, "{\"name\":\"Parity blue\"}"),
            new Valid("POST", "/experimentation/segments",
                    "{\"name\":\"Parity segment\",\"rules\":[{\"match\":{\"country\":[\"IT\"]}}]}"),
            new Valid("PATCH", "/experimentation/segments/" + EU, "{\"name\":\"Parity EU\"}"));

    private static ParityPair servers;

    record Valid(String method, String path, String body) {
        String spec() {
            return path.replaceAll("/(exp|flg|var|seg)_[A-Za-z0-9]+", "/{id}").replaceFirst("/variations/\\{id}$",
                    "/variations/{variation_id}");
        }
    }

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

    /** Rows with Auth0's whole message: the spec's examples of a bad body or query. */
    static Stream<Arguments> worded() {
        String status = "/experimentation/experiments/" + DRAFT + "/status";
        String flagStatus = "/experimentation/feature-flags/" + SEARCH + "/status";
        return Stream.of(
                row("GET", "/experimentation/experiments?take=51", null, 400, "invalid_query_string",
                        "Query validation error: 'Value 51 is greater than maximum 50' on property take"),
                row("GET", "/experimentation/segments?take=0", null, 400, "invalid_query_string",
                        "Query validation error: 'Value 0 is less than minimum 1' on property take"),
                row("POST", status, "{\"status\":\"draft\"}", 400, "invalid_body",
                        "Payload validation error: 'Invalid value draft, allowed: active, paused, completed, archived'"
                                + " on property status"),
                row("POST", flagStatus, "{\"status\":\"paused\"}", 400, "invalid_body",
                        "Payload validation error: 'Invalid value paused, allowed: draft, active, archived' on property status"),
                row("POST", "/experimentation/segments", "{\"name\":\"EU\",\"rules\":[{\"match\":{\"country\":[\"IT\"]}}]}",
                        400, "invalid_body", "Payload validation error: 'String is too short (2 chars), minimum 3' on property name"),
                row("PATCH", "/experimentation/experiments/" + DRAFT, "{}", 400, "invalid_body",
                        "Payload validation error: 'Too few properties defined (0), minimum 1'"),
                row("POST", "/experimentation/segments", "{\"rules\":[{\"match\":{\"country\":[\"IT\"]}}]}", 400,
                        "invalid_body", "Payload validation error: 'Missing required property: name' on property name"),
                row("POST", status, "{}", 400, "invalid_body",
                        "Payload validation error: 'Missing required property: status' on property status"),
                row("PATCH", "/experimentation/experiments/" + DRAFT, "{\"feature_flag_id\":\"" + SEARCH + "\"}", 400,
                        "invalid_body", "Payload validation error: 'Additional properties not allowed: feature_flag_id'"
                                + " on property feature_flag_id"),
                row("POST", "/experimentation/segments", "{\"name\":", 400, "invalid_body",
                        "Payload validation error: 'Invalid JSON'"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("worded")
    void aBadRequestShouldGetAuth0sMessageFromBoth(String method, String path, String body, int status, String errorCode,
                                                   String message) {
        List<Reply> replies = both(method, path, body);
        same(replies, status, errorCode);
        assertThat(replies.get(0).json().path("message").asText()).as("stub message").isEqualTo(message);
    }

    /** Rows generated from the spec: one broken property per row, and take past its limits. */
    static Stream<Arguments> generated() {
        List<Arguments> rows = new ArrayList<>();
        for (Valid valid : VALID) {
            JsonNode schema = resolve(SPEC.path("paths").path(valid.spec()).path(valid.method().toLowerCase())
                    .at("/requestBody/content/application~1json/schema"));
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode p = resolve(property.getValue());
                String name = property.getKey();
                rows.add(broken(valid, name, wrongType(p), "wrong type"));
                if (p.has("maxLength")) {
                    rows.add(broken(valid, name, JSON.getNodeFactory().textNode("x".repeat(p.get("maxLength").asInt() + 1)),
                            "past maxLength"));
                }
                if (p.has("enum")) {
                    rows.add(broken(valid, name, JSON.getNodeFactory().textNode("not_a_value"), "bad enum"));
                }
                if (p.has("maximum")) {
                    rows.add(broken(valid, name, JSON.getNodeFactory().numberNode(p.get("maximum").asInt() + 1), "past maximum"));
                }
                if (required.contains(name)) {
                    ObjectNode without = body(valid);
                    without.remove(name);
                    rows.add(Arguments.of(valid.method(), valid.path(), without.toString(), "missing " + name));
                }
            }
            rows.add(broken(valid, "not_in_the_spec", JSON.getNodeFactory().numberNode(1), "unknown property"));
            rows.add(Arguments.of(valid.method(), valid.path(), "{\"name\": [", "not JSON"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("generated")
    void aBadBodyShouldBeTheSameInvalidBodyFromBoth(String method, String path, String body, String what) {
        List<Reply> replies = both(method, path, body);
        same(replies, 400, "invalid_body");
        assertThat(replies.get(0).json().path("message").asText()).as("stub message").startsWith("Payload validation error: '");
    }

    static Stream<Arguments> lists() {
        // The paginated lists; a flag's variations are not paginated (no take in the spec).
        return Stream.of("/experimentation/experiments", "/experimentation/feature-flags", "/experimentation/segments")
                .flatMap(list -> Stream.of("51", "0", "-1", "abc", "2.5").map(take -> Arguments.of(list + "?take=" + take)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aTakePastItsLimitsShouldBeTheSameInvalidQueryStringFromBoth(String path) {
        List<Reply> replies = both("GET", path, null);
        same(replies, 400, "invalid_query_string");
        assertThat(replies.get(0).json().path("message").asText()).as("stub message")
                .startsWith("Query validation error: '").endsWith("' on property take");
    }

    private static Arguments row(String method, String path, String body, int status, String errorCode, String message) {
        return Arguments.of(method, path, body, status, errorCode, message);
    }

    private static Arguments broken(Valid valid, String property, JsonNode value, String what) {
        ObjectNode body = body(valid);
        body.set(property, value);
        return Arguments.of(valid.method(), valid.path(), body.toString(), property + ": " + what);
    }

    private static ObjectNode body(Valid valid) {
        try {
            return (ObjectNode) JSON.readTree(valid.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of another JSON type than the schema's. */
    private static JsonNode wrongType(JsonNode schema) {
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> JSON.getNodeFactory().numberNode(5);
            case "array" -> JSON.getNodeFactory().objectNode();
            default -> JSON.getNodeFactory().textNode("x");
        };
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        while (at.has("$ref")) {
            at = SPEC.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    private static List<Reply> both(String method, String path, String body) {
        return servers.both(method, path, body, Map.of());
    }

    /** Both answered with the row's status and errorCode, and with the same message. */
    private static void same(List<Reply> replies, int status, String errorCode) {
        Reply fromStub = replies.get(0);
        Reply fromMock = replies.get(1);
        assertThat(fromStub.status()).as("stub: %s", fromStub.body()).isEqualTo(status);
        assertThat(fromMock.status()).as("mock: %s", fromMock.body()).isEqualTo(status);
        assertThat(fromStub.json().path("errorCode").asText()).as("stub: %s", fromStub.body()).isEqualTo(errorCode);
        assertThat(fromMock.json().path("errorCode").asText()).as("mock: %s", fromMock.body()).isEqualTo(errorCode);
        assertThat(fromMock.json().path("message").asText()).as("mock vs stub")
                .isEqualTo(fromStub.json().path("message").asText());
    }

    private static JsonNode spec() {
        try (InputStream in = ValidationParityTest.class.getClassLoader().getResourceAsStream("expcenter/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
