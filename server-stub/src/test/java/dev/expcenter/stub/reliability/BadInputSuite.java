package dev.expcenter.stub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.reliability.Ops.Op;
import dev.expcenter.stub.testsupport.HttpProbe;
import dev.expcenter.stub.testsupport.HttpProbe.Exchange;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import dev.expcenter.stub.testsupport.TargetServer;
import dev.expcenter.stub.testsupport.Tokens;
import dev.expcenter.stub.testsupport.WireChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and sloppy requests over real HTTP, one table, every operation. Each case names its status
 * and errorCode; every answer is Auth0's JSON error body (or an empty 204 / HEAD answer), never a
 * 5xx, HTML or stack trace; a status the operation declares must also match the spec; and the whole
 * state is the same afterwards.
 *
 * <p>Decisions this suite pins down, beyond the spec and the README's "Behaviour in one page":
 * <ul>
 *   <li>A missing, repeated or unparsable {@code Content-Type} on a body is 415, like a wrong one; a
 *       JSON body sent as a form, or a form sent as JSON, is 400 {@code invalid_body}.</li>
 *   <li>A header value over 8 KiB is 431 {@code header_too_large}; a request head over 64 KiB is
 *       refused by Grizzly's codec (empty 400).</li>
 *   <li>A raw control character in the path, or an escape that does not decode ({@code %zz}, or
 *       escapes that are not UTF-8), is 400 {@code invalid_uri}, answered before any operation is
 *       matched (see {@link WireChecks#UNROUTED}).</li>
 *   <li>{@code HEAD} answers what {@code GET} answers (status and headers), without a body;
 *       {@code OPTIONS} answers 200 with an {@code Allow} header listing the path's methods (and the same list as text/plain) and
 *       changes nothing. Other methods a path does not serve (PUT, TRACE, made-up ones) are
 *       405 {@code method_not_allowed} with {@code Allow}.</li>
 *   <li>More than one {@code Authorization} header, or a bearer token with characters outside
 *       RFC 6750's token syntax (e.g. non-ASCII), is 401 {@code invalid_token}.</li>
 *   <li>An empty query value ({@code take=}) is the parameter not sent.</li>
 *   <li>A body on GET, HEAD or DELETE reaches the application like any other (Grizzly's codec would
 *       answer its own empty 400): over the size limit it is 413 {@code payload_too_large}.</li>
 *   <li>Odd path ids (10 KB, unicode, encoded slash, NUL, {@code ..}) are ids like any other: 404
 *       with the resource's code, or 204 for DELETE; paths outside the API are 404
 *       {@code not_found}, also answered in JSON.</li>
 * </ul>
 *
 * <p>{@link #nearMissesShouldBeAccepted} holds the other side: inputs that look bad, and that earlier
 * rules refused, but Auth0's document allows (weights 0 and 50.5, a priority over 1000, a 256-character
 * authentication flow, an empty condition value, {@code "description": null} on a PATCH).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BadInputSuite {
    /** Starts the server this suite runs against (the stub, the mock...). */
    protected abstract TargetServer startTarget();

    private static final String BEARER = "Bearer dev-token";
    private static final String JSON = "application/json";
    private static TargetServer server;
    private static HttpProbe probe;
    private static SpecCheckedClient api;
    private static Fixture fixture;

    @BeforeAll
    void start() {
        server = startTarget();
        probe = new HttpProbe(server.apiRoot());
        api = new SpecCheckedClient(server.apiRoot());
        fixture = Fixture.create(api);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** One request and what it must get. {@code raw}: sent over a plain socket, byte for byte. */
    record Case(String name, String method, String path, Map<String, List<String>> headers, byte[] body,
                boolean raw, int status, String errorCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TestFactory
    Stream<DynamicNode> badInput() {
        Map<String, List<Case>> categories = new LinkedHashMap<>();
        categories.put("malformed JSON", malformedJson());
        categories.put("wrong types, nulls, unknown and missing properties", wrongShapes());
        categories.put("enums, ranges and huge numbers", enumsAndNumbers());
        categories.put("body size and nesting", sizeAndNesting());
        categories.put("content types", contentTypes());
        categories.put("methods", methods());
        categories.put("odd ids and paths", oddIds());
        categories.put("query values", queries());
        categories.put("headers", headerCases());
        int total = categories.values().stream().mapToInt(List::size).sum();
        assertThat(total).isGreaterThanOrEqualTo(200);
        return categories.entrySet().stream().map(category -> DynamicContainer.dynamicContainer(
                category.getKey() + " (" + category.getValue().size() + ")",
                category.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> named(c)))));
    }

    /**
     * Inputs that look bad but that Auth0's document allows, where earlier rules refused them: each is
     * accepted with a declared answer (checked against both documents) and then undone.
     */
    @TestFactory
    Stream<DynamicTest> nearMissesShouldBeAccepted() {
        Op create = op("createExperiment");
        List<DynamicTest> tests = new ArrayList<>();
        for (String weight : List.of("0", "50.5", "1e2", "100.0")) {
            tests.add(DynamicTest.dynamicTest("createExperiment: weight " + weight, () -> {
                JsonNode created = createThenDelete(create, edit(create.body(), "\"weight\": 100", "\"weight\": " + weight));
                assertThat(created.at("/allocations/0/weight").decimalValue()).isEqualByComparingTo(new BigDecimal(weight));
            }));
        }
        tests.add(DynamicTest.dynamicTest("createExperiment: priority 1001", () -> {
            JsonNode created = createThenDelete(create, edit(create.body(), "\"weight\": 100", "\"weight\": 100, \"priority\": 1001"));
            assertThat(created.at("/allocations/0/priority").asInt()).isEqualTo(1001);
        }));
        String flow = "a".repeat(256);
        tests.add(DynamicTest.dynamicTest("createExperiment: authentication_flow 256 chars", () -> assertThat(
                createThenDelete(create, edit(create.body(), "\"pre_authentication\"", "\"" + flow + "\""))
                        .get("authentication_flow").asText()).isEqualTo(flow)));
        Op segment = op("createSegment");
        tests.add(DynamicTest.dynamicTest("createSegment: empty value", () -> assertThat(
                createThenDelete(segment, edit(segment.body(), "[\"FR\"]", "[\"\"]")).at("/rules/0/match/country"))
                .isEqualTo(api.json("[\"\"]"))));
        tests.add(DynamicTest.dynamicTest("updateExperiment: description null clears it", () -> {
            String path = fixture.fill(Ops.EXPS + "/{exp}");
            Reply described = api.patch(path, "{\"description\": \"About the prompt\"}");
            assertThat(described.status()).as(described.body()).isEqualTo(200);
            assertThat(described.json().get("description").asText()).isEqualTo("About the prompt");
            Reply cleared = api.patch(path, "{\"description\": null}");
            assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
            assertThat(cleared.json().has("description")).as(cleared.body()).isFalse();
            assertThat(api.get(path).json()).isEqualTo(cleared.json());
        }));
        return tests.stream();
    }

    /** Creates with {@code op}'s path and {@code body} (placeholders filled), expects 201, deletes it again. */
    private static JsonNode createThenDelete(Op op, String body) {
        Reply created = api.post(fixture.fill(op.path()), fixture.fill(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.delete(fixture.fill(op.path()) + "/" + id).status()).isEqualTo(204);
        return created.json();
    }

    private static void named(Case c) {
        try {
            run(c);
        } catch (AssertionError e) {
            throw new AssertionError(c.name() + ": " + e.getMessage(), e);
        }
    }

    private static void run(Case c) {
        String before = server.snapshotJson();
        String path = fixture.fill(c.path());
        byte[] body = c.body() == null ? null : fixture.fill(new String(c.body(), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        Exchange reply = c.raw() ? probe.raw(c.method(), path, c.headers(), body)
                : probe.send(c.method(), path, c.headers(), body);

        WireChecks.assertWellFormed(c.method(), reply);
        assertThat(reply.status()).as("status of %s: %s", c.name(), WireChecks.abbreviate(reply.body()))
                .isEqualTo(c.status());
        if (c.errorCode() != null) {
            assertThat(reply.json().path("errorCode").asText()).as("errorCode of %s: %s", c.name(), reply.body())
                    .isEqualTo(c.errorCode());
        }
        boolean routed = c.errorCode() == null || !WireChecks.UNROUTED.contains(c.errorCode());
        if (routed && !WireChecks.UNDECLARED.contains(reply.status())
                && !List.of("HEAD", "OPTIONS").contains(c.method())) {
            WireChecks.assertDeclared(c.method(), path, reply);
        }
        assertThat(server.snapshotJson()).as("state after %s", c.name()).isEqualTo(before);
    }

    // ---- case builders ----

    private static Map<String, List<String>> headers(String... nameValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return headers;
    }

    private static Case json(String name, Op op, String body, int status, String errorCode) {
        return new Case(op.id() + ": " + name, op.method(), op.path(), headers("Authorization", BEARER, "Content-Type", JSON),
                body.getBytes(StandardCharsets.UTF_8), false, status, errorCode);
    }

    private static Case invalidBody(String name, Op op, String body) {
        return json(name, op, body, 400, "invalid_body");
    }

    /** {@code body} with {@code target} replaced: a target the body lacks would send the valid body unchanged. */
    private static String edit(String body, String target, String replacement) {
        if (!body.contains(target)) {
            throw new IllegalStateException("No " + target + " in " + body);
        }
        return body.replace(target, replacement);
    }

    /** {@code body} with the first match of {@code regex} replaced; as {@link #edit}, a miss is a broken case. */
    private static String editFirst(String body, String regex, String replacement) {
        String edited = body.replaceFirst(regex, replacement);
        if (edited.equals(body)) {
            throw new IllegalStateException("No match of " + regex + " in " + body);
        }
        return edited;
    }

    private static Op op(String id) {
        return Ops.ALL.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** The op's valid body with its first property's value replaced by {@code value}. */
    private static String firstValue(Op op, String value) {
        String body = op.body();
        int colon = body.indexOf(':');
        int end = body.indexOf(',', colon);
        if (end < 0 || body.charAt(colon + 2) == '{' || body.charAt(colon + 2) == '[') {
            end = body.lastIndexOf('}');
        }
        String tail = body.substring(end);
        return body.substring(0, colon + 1) + " " + value + (tail.startsWith(",") ? tail : "}");
    }

    private static String firstName(Op op) {
        String body = op.body();
        int open = body.indexOf('"');
        return body.substring(open + 1, body.indexOf('"', open + 1));
    }

    private static List<Case> malformedJson() {
        List<Case> cases = new ArrayList<>();
        for (Op op : Ops.withBody()) {
            String valid = op.body();
            cases.add(invalidBody("open brace only", op, "{"));
            cases.add(invalidBody("missing value", op, "{\"" + firstName(op) + "\": }"));
            cases.add(invalidBody("not JSON", op, "not json"));
            cases.add(invalidBody("truncated", op, valid.substring(0, valid.length() / 2)));
            cases.add(invalidBody("trailing brace", op, valid + "}"));
            cases.add(invalidBody("two documents", op, valid + " " + valid));
            cases.add(invalidBody("empty body", op, ""));
            cases.add(invalidBody("JSON null", op, "null"));
            cases.add(invalidBody("array", op, "[]"));
            cases.add(invalidBody("string", op, "\"text\""));
            cases.add(invalidBody("number", op, "42"));
            cases.add(invalidBody("duplicate key", op, "{\"" + firstName(op) + "\": \"a\", " + valid.substring(1)));
            cases.add(invalidBody("NaN", op, "{\"" + firstName(op) + "\": NaN}"));
            cases.add(invalidBody("comment", op, "/* c */ " + valid));
            cases.add(invalidBody("single quotes", op, valid.replace('"', '\'')));
            cases.add(invalidBody("unquoted key", op, "{" + firstName(op) + ": \"x\"}"));
            cases.add(new Case(op.id() + ": invalid UTF-8", op.method(), op.path(),
                    headers("Authorization", BEARER, "Content-Type", JSON),
                    concat("{\"".getBytes(StandardCharsets.UTF_8), firstName(op).getBytes(StandardCharsets.UTF_8),
                            "\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe},
                            "\"}".getBytes(StandardCharsets.UTF_8)), false, 400, "invalid_body"));
        }
        return cases;
    }

    private static List<Case> wrongShapes() {
        List<Case> cases = new ArrayList<>();
        for (Op op : Ops.withBody()) {
            String valid = op.body();
            cases.add(invalidBody("unknown property", op, valid.substring(0, valid.lastIndexOf('}')) + ", \"zzz\": 1}"));
            cases.add(invalidBody("first property a number", op, firstValue(op, "12345")));
            cases.add(invalidBody("first property an object", op, firstValue(op, "{}")));
            cases.add(invalidBody("first property an array", op, firstValue(op, "[]")));
            cases.add(invalidBody("first property a boolean", op, firstValue(op, "true")));
            cases.add(invalidBody("first property null", op, firstValue(op, "null")));
        }
        Op create = op("createExperiment");
        String exp = create.body();
        cases.add(invalidBody("missing name", create, edit(exp, "\"name\": \"Bad input\",", "")));
        cases.add(invalidBody("missing feature_flag_id", create, edit(exp, "\"feature_flag_id\": \"{flg}\",", "")));
        cases.add(invalidBody("missing allocation_strategy", create,
                edit(exp, "\"allocation_strategy\": \"percentage\",", "")));
        cases.add(invalidBody("empty object", create, "{}"));
        cases.add(invalidBody("assignment_config without subject", create,
                edit(exp, "{\"subject\": \"device\"}", "{}")));
        cases.add(invalidBody("assignment_config unknown property", create,
                edit(exp, "{\"subject\": \"device\"}", "{\"subject\": \"device\", \"salt\": 1}")));
        cases.add(invalidBody("allocation without is_control", create, edit(exp, ", \"is_control\": true", "")));
        cases.add(invalidBody("allocation without variation_id", create, edit(exp, "\"variation_id\": \"{var}\", ", "")));
        cases.add(invalidBody("allocation unknown property", create, edit(exp, "\"is_control\": true", "\"is_control\": true, \"x\": 1")));
        cases.add(invalidBody("allocation null", create, editFirst(exp, "\\[\\{.*}]", "[null]")));
        cases.add(invalidBody("allocations a string", create, editFirst(exp, "\\[\\{.*}]", "\"all\"")));
        cases.add(invalidBody("is_control a string", create, edit(exp, "\"is_control\": true", "\"is_control\": \"true\"")));
        cases.add(invalidBody("weight a string", create, edit(exp, "\"weight\": 100", "\"weight\": \"100\"")));
        cases.add(invalidBody("name empty", create, edit(exp, "\"name\": \"Bad input\"", "\"name\": \"\"")));
        cases.add(invalidBody("name padded", create, edit(exp, "\"name\": \"Bad input\"", "\"name\": \" Bad input \"")));
        cases.add(invalidBody("name 256 chars", create, edit(exp, "\"name\": \"Bad input\"", "\"name\": \"" + "n".repeat(256) + "\"")));
        cases.add(invalidBody("feature_flag_id empty", create, edit(exp, "\"{flg}\"", "\"\"")));
        cases.add(invalidBody("feature_flag_id an experiment id", create, edit(exp, "\"{flg}\"", "\"{exp}\"")));
        cases.add(invalidBody("variation_id a segment id", create, edit(exp, "\"{var}\"", "\"{seg}\"")));
        cases.add(invalidBody("missing assignment_config", create, edit(exp, "\"assignment_config\": {\"subject\": \"device\"},", "")));
        cases.add(invalidBody("no allocations", create, editFirst(exp, "\\[\\{.*}]", "[]")));
        // Well-formed references to nothing: Auth0 answers a missing flag with 404; a variation is checked at write time.
        cases.add(json("unknown feature flag", create, edit(exp, "{flg}", "flg_nope"), 404, "inexistent_feature_flag"));
        cases.add(json("unknown variation", create, edit(exp, "{var}", "var_nope"), 400, "variation_not_from_flag"));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"variation_id\": \"{var}\", \"weight\": 1, \"is_control\": false}");
        }
        cases.add(json("21 allocations", create, editFirst(exp, "\\[\\{.*}]", many + "]"), 400,
                "experiment_too_many_allocations"));

        Op patch = op("updateExperiment");
        cases.add(invalidBody("feature_flag_id is not patchable", patch, "{\"feature_flag_id\": \"{flg}\"}"));
        cases.add(invalidBody("allocation_strategy is not patchable", patch, "{\"allocation_strategy\": \"segment\"}"));
        cases.add(invalidBody("status is not patchable", patch, "{\"status\": \"active\"}"));
        cases.add(invalidBody("allocations null", patch, "{\"allocations\": null}"));
        cases.add(invalidBody("allocations an object", patch, "{\"allocations\": {}}"));
        cases.add(invalidBody("description too short", patch, "{\"description\": \"ab\"}"));
        cases.add(invalidBody("description padded", patch, "{\"description\": \" about it \"}"));
        cases.add(invalidBody("assignment_config null", patch, "{\"assignment_config\": null}"));
        cases.add(invalidBody("no allocations", patch, "{\"allocations\": []}"));
        for (Op update : Ops.withBody()) {
            if (update.method().equals("PATCH")) {
                cases.add(invalidBody("no property", update, "{}"));
                cases.add(invalidBody("name null", update, "{\"name\": null}"));
            }
        }

        Op status = op("updateExperimentStatus");
        cases.add(invalidBody("missing status", status, "{}"));
        cases.add(invalidBody("status and more", status, "{\"status\": \"archived\", \"reason\": \"x\"}"));

        Op flag = op("createFeatureFlag");
        cases.add(invalidBody("missing parameters", flag, "{\"name\": \"flag_x\"}"));
        cases.add(invalidBody("parameters an array", flag, "{\"name\": \"flag_x\", \"parameters\": []}"));
        cases.add(invalidBody("parameter without value", flag, "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"number\"}}}"));
        cases.add(invalidBody("parameter without type", flag, "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"value\": 1}}}"));
        cases.add(invalidBody("parameter unknown property", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"number\", \"value\": 1, \"min\": 0}}}"));
        cases.add(invalidBody("parameter null", flag, "{\"name\": \"flag_x\", \"parameters\": {\"q\": null}}"));
        String oneParameter = "\"parameters\": {\"q\": {\"type\": \"number\", \"value\": 1}}";
        cases.add(invalidBody("name too short", flag, "{\"name\": \"ab\", " + oneParameter + "}"));
        cases.add(invalidBody("name with NUL", flag, "{\"name\": \"fl\\u0000ag\", " + oneParameter + "}"));
        cases.add(invalidBody("no parameters", flag, "{\"name\": \"flag_x\", \"parameters\": {}}"));
        StringBuilder params = new StringBuilder("{");
        for (int i = 0; i < 11; i++) {
            params.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": {\"type\": \"boolean\", \"value\": true}");
        }
        cases.add(invalidBody("11 parameters", flag, "{\"name\": \"flag_x\", \"parameters\": " + params + "}}"));
        cases.add(invalidBody("parameter value not of its type", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"number\", \"value\": \"one\"}}}"));
        cases.add(invalidBody("parameter value over 1 KB", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"string\", \"value\": \"" + "v".repeat(1100) + "\"}}}"));

        Op variation = op("createVariation");
        cases.add(invalidBody("missing overrides", variation, "{\"name\": \"variant\"}"));
        cases.add(invalidBody("override of no parameter", variation, "{\"name\": \"variant\", \"overrides\": {\"nope\": {\"value\": 1}}}"));
        cases.add(invalidBody("override without value", variation, "{\"name\": \"variant\", \"overrides\": {\"p\": {}}}"));
        cases.add(invalidBody("override unknown property", variation,
                "{\"name\": \"variant\", \"overrides\": {\"p\": {\"value\": true, \"x\": 1}}}"));
        cases.add(invalidBody("overrides an array", variation, "{\"name\": \"variant\", \"overrides\": []}"));
        cases.add(invalidBody("override not of its parameter's type", variation,
                "{\"name\": \"variant\", \"overrides\": {\"p\": {\"value\": \"yes\"}}}"));
        cases.add(invalidBody("override equal to the default", variation,
                "{\"name\": \"variant\", \"overrides\": {\"p\": {\"value\": false}}}"));

        Op segment = op("createSegment");
        cases.add(invalidBody("missing rules", segment, "{\"name\": \"Europe\"}"));
        cases.add(invalidBody("no rules", segment, "{\"name\": \"Europe\", \"rules\": []}"));
        cases.add(invalidBody("empty rule", segment, "{\"name\": \"Europe\", \"rules\": [{}]}"));
        cases.add(invalidBody("empty match", segment, "{\"name\": \"Europe\", \"rules\": [{\"match\": {}}]}"));
        cases.add(invalidBody("no values", segment, "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"country\": []}}]}"));
        cases.add(invalidBody("value over 1024 chars", segment,
                "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"country\": [\"" + "F".repeat(1025) + "\"]}}]}"));
        cases.add(invalidBody("unknown operator", segment,
                "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"country\": {\"equals\": [\"FR\"]}}}]}"));
        cases.add(invalidBody("exists a string", segment,
                "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"country\": {\"exists\": \"yes\"}}}]}"));
        cases.add(invalidBody("contains no values", segment,
                "{\"name\": \"Europe\", \"rules\": [{\"not_match\": {\"domain\": {\"contains\": []}}}]}"));
        StringBuilder attributes = new StringBuilder();
        for (String attribute : List.of("client_id", "connection", "connection_type", "organization_id", "domain",
                "device_type", "browser", "platform", "user_agent", "country", "region")) {
            attributes.append(attributes.isEmpty() ? "" : ", ").append('"').append(attribute).append("\": [\"a\"]");
        }
        cases.add(invalidBody("11 attributes", segment, "{\"name\": \"Europe\", \"rules\": [{\"match\": {" + attributes + "}}]}"));
        cases.add(invalidBody("unknown attribute", segment, "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"planet\": [\"mars\"]}}]}"));
        cases.add(invalidBody("values a string", segment, "{\"name\": \"Europe\", \"rules\": [{\"match\": {\"country\": \"FR\"}}]}"));
        cases.add(invalidBody("rules null", op("updateSegment"), "{\"rules\": null}"));
        cases.add(invalidBody("overrides null", op("updateVariation"), "{\"overrides\": null}"));
        cases.add(invalidBody("parameters null", op("updateFeatureFlag"), "{\"parameters\": null}"));
        return cases;
    }

    private static List<Case> enumsAndNumbers() {
        List<Case> cases = new ArrayList<>();
        Op status = op("updateExperimentStatus");
        for (String value : List.of("\"ACTIVE\"", "\"Active\"", "\"draft\"", "\"\"", "\"deleted\"", "1", "[\"active\"]")) {
            cases.add(invalidBody("status " + value, status, "{\"status\": " + value + "}"));
        }
        Op flagStatus = op("updateFeatureFlagStatus");
        for (String value : List.of("\"ARCHIVED\"", "\"Draft\"", "\"paused\"", "0")) {
            cases.add(invalidBody("status " + value, flagStatus, "{\"status\": " + value + "}"));
        }
        Op create = op("createExperiment");
        String exp = create.body();
        cases.add(invalidBody("allocation_strategy PERCENTAGE", create, edit(exp, "\"percentage\"", "\"PERCENTAGE\"")));
        cases.add(invalidBody("subject DEVICE", create, edit(exp, "\"device\"", "\"DEVICE\"")));
        cases.add(invalidBody("subject user", create, edit(exp, "\"device\"", "\"user\"")));
        // Weights are numbers from 0 to 100 (nearMissesShouldBeAccepted has 0, 50.5, 1e2 and 100.0).
        for (String weight : List.of("1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "-1",
                "-0.5", "101", "100.000001", "true")) {
            cases.add(invalidBody("weight " + weight, create, edit(exp, "\"weight\": 100", "\"weight\": " + weight)));
        }
        // Priorities are integers from 1, with no maximum (nearMissesShouldBeAccepted has 1001).
        for (String priority : List.of("0", "-1", "1.5", "1e400", "9223372036854775808")) {
            cases.add(invalidBody("priority " + priority, create,
                    edit(exp, "\"weight\": 100", "\"weight\": 100, \"priority\": " + priority)));
        }
        Op flag = op("createFeatureFlag");
        cases.add(invalidBody("parameter type BOOLEAN", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"BOOLEAN\", \"value\": true}}}"));
        cases.add(invalidBody("parameter type integer", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"integer\", \"value\": 1}}}"));
        return cases;
    }

    private static List<Case> sizeAndNesting() {
        List<Case> cases = new ArrayList<>();
        byte[] big = ("{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (Op op : Ops.withBody()) {
            cases.add(new Case(op.id() + ": 2 MiB body", op.method(), op.path(),
                    headers("Authorization", BEARER, "Content-Type", JSON), big, false, 413, "payload_too_large"));
            cases.add(invalidBody("10 000 nested arrays", op, "[".repeat(10_000) + "]".repeat(10_000)));
        }
        Op flag = op("createFeatureFlag");
        cases.add(invalidBody("10 000 nested arrays in a free-form value", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"array\", \"value\": "
                        + "[".repeat(10_000) + "]".repeat(10_000) + "}}}"));
        cases.add(invalidBody("10 000 nested objects in a free-form value", flag,
                "{\"name\": \"flag_x\", \"parameters\": {\"q\": {\"type\": \"object\", \"value\": "
                        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}}}"));
        cases.add(invalidBody("10 000 nested arrays in an override", op("createVariation"),
                "{\"name\": \"variant\", \"overrides\": {\"p\": {\"value\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}}"));
        cases.add(new Case("getExperiment: 2 MiB body on a GET", "GET", Ops.EXPS + "/{exp}",
                headers("Authorization", BEARER, "Content-Type", JSON), big, false, 413, "payload_too_large"));
        cases.add(new Case("deleteExperiment: 2 MiB body on a DELETE", "DELETE", Ops.EXPS + "/{exp}",
                headers("Authorization", BEARER, "Content-Type", JSON), big, false, 413, "payload_too_large"));
        return cases;
    }

    private static List<Case> contentTypes() {
        List<Case> cases = new ArrayList<>();
        // Not application/x-www-form-urlencoded: every write takes forms too (FormBodySuite).
        List<String> wrong = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/json-patch+json", "not a media type", "application/");
        for (Op op : Ops.withBody()) {
            for (String type : wrong) {
                cases.add(new Case(op.id() + ": Content-Type " + type, op.method(), op.path(),
                        headers("Authorization", BEARER, "Content-Type", type),
                        op.body().getBytes(StandardCharsets.UTF_8), false, 415, "unsupported_media_type"));
            }
            cases.add(new Case(op.id() + ": JSON sent as a form", op.method(), op.path(),
                    headers("Authorization", BEARER, "Content-Type", "application/x-www-form-urlencoded"),
                    op.body().getBytes(StandardCharsets.UTF_8), false, 400, "invalid_body"));
            cases.add(new Case(op.id() + ": a form sent as JSON", op.method(), op.path(),
                    headers("Authorization", BEARER, "Content-Type", JSON),
                    "name=x&status=archived".getBytes(StandardCharsets.UTF_8), false, 400, "invalid_body"));
            cases.add(new Case(op.id() + ": no Content-Type", op.method(), op.path(), headers("Authorization", BEARER),
                    op.body().getBytes(StandardCharsets.UTF_8), false, 415, "unsupported_media_type"));
        }
        return cases;
    }

    private static List<Case> methods() {
        List<Case> cases = new ArrayList<>();
        String[][] notAllowed = {
            {"PUT", Ops.EXPS}, {"DELETE", Ops.EXPS}, {"PATCH", Ops.EXPS}, {"PUT", Ops.EXPS + "/{exp}"},
            {"POST", Ops.EXPS + "/{exp}"}, {"GET", Ops.EXPS + "/{exp}/status"}, {"PATCH", Ops.EXPS + "/{exp}/status"},
            {"GET", Ops.EXPS + "/{exp}/validate"}, {"DELETE", Ops.EXPS + "/{exp}/validate"},
            {"PUT", Ops.FLAGS + "/{flg}"}, {"DELETE", Ops.FLAGS}, {"GET", Ops.FLAGS + "/{flg}/status"},
            {"PUT", Ops.FLAGS + "/{flg}/variations/{var}"}, {"DELETE", Ops.FLAGS + "/{flg}/variations"},
            {"PUT", Ops.SEGS + "/{seg}"}, {"POST", Ops.SEGS + "/{seg}"}, {"TRACE", Ops.EXPS},
            {"FOO", Ops.EXPS + "/{exp}"}, {"get", Ops.EXPS}};
        for (String[] m : notAllowed) {
            cases.add(new Case(m[0] + " " + m[1], m[0], m[1], headers("Authorization", BEARER), null, false,
                    405, "method_not_allowed"));
        }
        for (String path : List.of(Ops.EXPS, Ops.EXPS + "/{exp}", Ops.FLAGS + "/{flg}/variations/{var}", Ops.SEGS)) {
            cases.add(new Case("HEAD " + path, "HEAD", path, headers("Authorization", BEARER), null, false, 200, null));
            cases.add(new Case("OPTIONS " + path, "OPTIONS", path, headers("Authorization", BEARER), null, false, 200, null));
        }
        cases.add(new Case("HEAD missing experiment", "HEAD", Ops.EXPS + "/exp_missing", headers("Authorization", BEARER),
                null, false, 404, null));
        cases.add(new Case("HEAD without token", "HEAD", Ops.EXPS, headers(), null, false, 401, null));
        return cases;
    }

    private static List<Case> oddIds() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("10 KB id", "x_" + "a".repeat(10 * 1024));
        ids.put("unicode id", "exp_%E6%97%A5%E6%9C%AC%F0%9F%9A%80");
        ids.put("encoded slash", "exp_a%2Fb");
        ids.put("encoded NUL", "exp_a%00b");
        ids.put("encoded dots", "%2E%2E");
        ids.put("matrix parameter", "exp_a;b=c");
        ids.put("encoded space", "exp_%20");
        for (Op op : Ops.ALL) {
            if (!op.hasId()) {
                continue;
            }
            String last = op.path().substring(op.path().lastIndexOf('{'), op.path().lastIndexOf('}') + 1);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                String path = replaceLast(op.path(), last, id.getValue());
                boolean delete = op.method().equals("DELETE")
                        && (op.notFound() == null || op.id().equals("deleteVariation"));
                Map<String, List<String>> h = op.hasBody()
                        ? headers("Authorization", BEARER, "Content-Type", JSON) : headers("Authorization", BEARER);
                cases.add(new Case(op.id() + ": " + id.getKey(), op.method(), path, h,
                        op.hasBody() ? op.body().getBytes(StandardCharsets.UTF_8) : null, false,
                        delete ? 204 : 404, delete ? null : op.notFound()));
            }
        }
        cases.add(new Case("raw NUL in the path", "GET", Ops.EXPS + "/exp_a\u0000b", headers("Authorization", BEARER),
                null, true, 400, "invalid_uri"));
        Map<String, String> undecodable = new LinkedHashMap<>();
        undecodable.put("undecodable escape in the path", "/exp_%zz");
        undecodable.put("truncated escape at the end of the path", "/exp_%a");
        undecodable.put("undecodable escape before a sub-resource", "/%zz/status");
        undecodable.put("escape of a byte UTF-8 never uses", "/exp_%FF");
        undecodable.put("escapes of malformed UTF-8", "/exp_%C3%28");
        undecodable.put("escapes of overlong UTF-8", "/exp_%C0%80");
        undecodable.put("undecodable escape in the query", "?take=%zz");
        undecodable.put("bare percent in the query", "?from=%");
        undecodable.forEach((name, tail) -> cases.add(new Case(name, "GET", Ops.EXPS + tail,
                headers("Authorization", BEARER), null, true, 400, "invalid_uri")));
        cases.add(new Case("raw unicode in the path", "GET", Ops.EXPS + "/exp_日本", headers("Authorization", BEARER),
                null, true, 404, "inexistent_experiment"));
        cases.add(new Case("dot-dot out of the API", "GET", "/../../../etc/passwd", headers("Authorization", BEARER),
                null, true, 404, "not_found"));
        cases.add(new Case("unknown sub-resource", "GET", Ops.EXPS + "/{exp}/results", headers("Authorization", BEARER),
                null, false, 404, "not_found"));
        cases.add(new Case("unknown collection", "GET", "/experimentation/ramps", headers("Authorization", BEARER),
                null, false, 404, "not_found"));
        cases.add(new Case("outside the API root", "GET", "/../../api/v3/experimentation/experiments",
                headers("Authorization", BEARER), null, true, 404, "not_found"));
        return cases;
    }

    private static List<Case> queries() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of(Ops.EXPS, Ops.FLAGS, Ops.SEGS)) {
            for (String query : List.of("take=0", "take=51", "take=-1", "take=abc", "take=1.5", "take=2147483648",
                    "take=%00", "from=unknown", "from=exp_1111111111111111111111", "from=" + "f".repeat(300))) {
                cases.add(new Case("GET " + path + "?" + query, "GET", path + "?" + query, headers("Authorization", BEARER),
                        null, false, 400, "invalid_query_string"));
            }
        }
        for (String query : List.of("status=ACTIVE", "status=deleted")) {
            cases.add(new Case("GET experiments?" + query, "GET", Ops.EXPS + "?" + query, headers("Authorization", BEARER),
                    null, false, 400, "invalid_query_string"));
        }
        // Free-string filters have no length limit in Auth0's document: a long one matches nothing.
        for (String query : List.of("authentication_flow=" + "a".repeat(300), "feature_flag_id=" + "f".repeat(300))) {
            cases.add(new Case("GET experiments?" + query.substring(0, query.indexOf('=')) + "=(300 chars)", "GET",
                    Ops.EXPS + "?" + query, headers("Authorization", BEARER), null, false, 200, null));
        }
        for (String query : List.of("status=ACTIVE", "type=SELF", "type=team")) {
            cases.add(new Case("GET feature-flags?" + query, "GET", Ops.FLAGS + "?" + query, headers("Authorization", BEARER),
                    null, false, 400, "invalid_query_string"));
        }
        cases.add(new Case("GET segments?type=Auth0", "GET", Ops.SEGS + "?type=Auth0", headers("Authorization", BEARER),
                null, false, 400, "invalid_query_string"));
        cases.add(new Case("unknown query parameter is ignored", "GET", Ops.EXPS + "?colour=blue",
                headers("Authorization", BEARER), null, false, 200, null));
        for (String path : List.of(Ops.EXPS, Ops.FLAGS, Ops.SEGS)) {
            // An empty value is the parameter not sent, as most HTTP stacks read it.
            cases.add(new Case("GET " + path + "?take= (empty is absent)", "GET", path + "?take=&status=",
                    headers("Authorization", BEARER), null, false, 200, null));
        }
        return cases;
    }

    private static List<Case> headerCases() {
        List<Case> cases = new ArrayList<>();
        String readOnly = Tokens.unsigned(Tokens.claims("read:experimentation").build());
        Op create = op("createExperiment");
        byte[] body = create.body().getBytes(StandardCharsets.UTF_8);
        Object[][] auth = {
            {"no Authorization", headers(), 401},
            {"Bearer without token", headers("Authorization", "Bearer"), 401},
            {"Bearer and spaces", headers("Authorization", "Bearer    "), 401},
            {"Basic", headers("Authorization", "Basic dXNlcjpwYXNz"), 401},
            {"token without scheme", headers("Authorization", "dev-token"), 401},
            {"two Authorization headers", headers("Authorization", BEARER, "Authorization", BEARER), 401},
            {"read-only JWT plus a second Authorization", headers("Authorization", "Bearer " + readOnly,
                    "Authorization", BEARER), 401},
            {"token with a space inside", headers("Authorization", "Bearer dev token"), 401},
            {"token with a comma", headers("Authorization", "Bearer a,Bearer b"), 401},
            {"read-only JWT", headers("Authorization", "Bearer " + readOnly), 403},
        };
        for (Object[] a : auth) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> h = new LinkedHashMap<>((Map<String, List<String>>) a[1]);
            h.put("Content-Type", List.of(JSON));
            int status = (int) a[2];
            cases.add(new Case("createExperiment: " + a[0], "POST", create.path(), h, body, false, status,
                    status == 401 ? "invalid_token" : "insufficient_scope"));
            cases.add(new Case("getExperiment: " + a[0], "GET", Ops.EXPS + "/{exp}", (Map<String, List<String>>) a[1],
                    null, false, status == 403 ? 200 : status, status == 403 ? null : "invalid_token"));
        }
        cases.add(new Case("non-ASCII token", "GET", Ops.EXPS, headers("Authorization", "Bearer t\u00f6k\u00e9n\u2603"),
                null, true, 401, "invalid_token"));
        cases.add(new Case("non-ASCII token on create", "POST", create.path(),
                headers("Authorization", "Bearer t\u00f6k\u00e9n", "Content-Type", JSON), body, true, 401, "invalid_token"));
        cases.add(new Case("non-ASCII in another header", "GET", Ops.EXPS,
                headers("Authorization", BEARER, "X-Note", "caf\u00e9 \u2603"), null, true, 200, null));
        cases.add(new Case("20 KB Authorization header", "GET", Ops.EXPS,
                headers("Authorization", "Bearer " + "t".repeat(20 * 1024)), null, false, 431, "header_too_large"));
        cases.add(new Case("Accept text/html", "GET", Ops.EXPS + "/{exp}",
                headers("Authorization", BEARER, "Accept", "text/html"), null, false, 406, "not_acceptable"));
        cases.add(new Case("Accept application/xml on create", "POST", create.path(),
                headers("Authorization", BEARER, "Accept", "application/xml", "Content-Type", JSON), body, false,
                406, "not_acceptable"));
        cases.add(new Case("two Content-Type headers", "POST", create.path(),
                headers("Authorization", BEARER, "Content-Type", JSON, "Content-Type", "text/plain"), body, true,
                415, "unsupported_media_type"));
        return cases;
    }

    private static String replaceLast(String text, String target, String replacement) {
        int at = text.lastIndexOf(target);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
