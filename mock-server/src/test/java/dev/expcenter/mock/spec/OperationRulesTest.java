package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.spec.OperationRules.Part;
import dev.expcenter.mock.spec.OperationRules.RequestProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled per-operation rules on their own, against the packaged spec and its examples. */
class OperationRulesTest {
    private static final String EXPERIMENT = "/experimentation/experiments/exp_9Km3nZ7vQwRx2yDjFs5gCp";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static LoadedSpec spec;

    @BeforeAll
    static void load() {
        spec = LoadedSpec.parse(SpecFiles.packaged(), "test");
    }

    private static SpecOperation op(String method, String path) {
        return spec.operations().find(method, path).orElseThrow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String example(SpecOperation op, int status) {
        return op.response(status).flatMap(SpecResponse::firstExample).map(SpecExample::value).map(JsonNode::toString)
                .orElseThrow();
    }

    @Test
    void everyExampleOfEveryOperationShouldPassItsOwnResponseRules() {
        int checked = 0;
        for (SpecOperation op : spec.operations().all()) {
            for (SpecResponse response : op.responses()) {
                for (SpecExample example : response.examples()) {
                    List<String> problems = op.rules().checkResponse(response.status(), "application/json",
                            Map.of(), utf8(example.value().toString()));
                    assertThat(problems).as(op + " " + response.status() + " " + example.name()).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void statusExamplesShouldPassTheRequestRules() {
        SpecOperation status = op("POST", EXPERIMENT + "/status");
        for (String target : List.of("active", "paused", "completed", "archived")) {
            assertThat(status.rules().checkRequest(EXPERIMENT + "/status", Map.of(), JSON,
                    utf8("{\"status\": \"" + target + "\"}"))).as(target).isEmpty();
        }
    }

    @Test
    void undeclaredStatusShouldBeReported() {
        List<String> problems = op("GET", EXPERIMENT).rules().checkResponse(418, "application/json", Map.of(), utf8("{}"));

        assertThat(problems).singleElement().asString().contains("418 is not declared");
    }

    @Test
    void undeclaredContentTypeShouldBeReported() {
        SpecOperation get = op("GET", EXPERIMENT);

        assertThat(get.rules().checkResponse(200, "text/plain", Map.of(), utf8(example(get, 200))))
                .singleElement().asString().contains("text/plain is not declared");
    }

    @Test
    void bodyWhereNoneIsDeclaredShouldBeReported() {
        SpecOperation delete = op("DELETE", EXPERIMENT);

        assertThat(delete.rules().checkResponse(204, "application/json", Map.of(), utf8("{}")))
                .singleElement().asString().contains("none is declared for 204");
        assertThat(delete.rules().checkResponse(204, null, Map.of(), null)).isEmpty();
    }

    @Test
    void missingBodyWhereOneIsDeclaredShouldBeReported() {
        assertThat(op("GET", EXPERIMENT).rules().checkResponse(200, "application/json", Map.of(), null))
                .singleElement().asString().contains("none was sent");
    }

    @Test
    void bodyBreakingTheSchemaShouldListEveryProblem() {
        List<String> problems = op("GET", EXPERIMENT).rules().checkResponse(200, "application/json; charset=utf-8",
                Map.of(), utf8("{\"id\": 7}"));

        assertThat(problems).hasSizeGreaterThan(2)
                .anySatisfy(p -> assertThat(p).contains("Missing required property: status"))
                .anySatisfy(p -> assertThat(p).contains("Expected type string but found type integer on property id"));
    }

    @Test
    void declaredHeaderOfTheWrongTypeShouldBeReported() {
        SpecOperation get = op("GET", EXPERIMENT);
        Map<String, List<String>> headers = Map.of("X-RateLimit-Limit", List.of("lots"), "Retry-After", List.of("1"));

        assertThat(get.rules().checkResponse(429, "application/json", headers, utf8(example(get, 429))))
                .singleElement().asString()
                .isEqualTo("header x-ratelimit-limit: Expected type integer but found type string");
    }

    @Test
    void requestProblemsShouldSayWhereTheyAre() {
        SpecOperation list = op("GET", "/experimentation/experiments");

        assertThat(list.rules().checkRequest("/experimentation/experiments", Map.of("take", List.of("0")), Map.of(), null))
                .contains(new RequestProblem(Part.QUERY, "Value 0 is less than minimum 1", "take"));
        assertThat(list.rules().checkRequest("/experimentation/experiments", Map.of("take", List.of("", "7")), Map.of(), null))
                .isEmpty();
        assertThat(list.rules().checkRequest("/experimentation/experiments", Map.of("unknown", List.of("x")), Map.of(), null))
                .isEmpty();
    }

    @Test
    void brokenJsonShouldBeInvalidJson() {
        Optional<RequestProblem> problem = op("POST", EXPERIMENT + "/status").rules()
                .checkRequest(EXPERIMENT + "/status", Map.of(), JSON, utf8("{\"status\": \"active\"} trailing"));

        assertThat(problem).contains(new RequestProblem(Part.BODY, "Invalid JSON", ""));
    }

    @Test
    void aBodyNeitherJsonNorAFormShouldBeLeftToTheStubs415() {
        OperationRules rules = op("POST", EXPERIMENT + "/status").rules();
        byte[] broken = utf8("{\"status\": \"draft\"");

        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), JSON, broken)).isPresent();
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), Map.of(), broken)).as("no Content-Type").isEmpty();
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(),
                Map.of("Content-Type", List.of("text/plain")), broken)).isEmpty();
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(),
                Map.of("Content-Type", List.of("application/json; charset=UTF-8")), broken)).isPresent();
    }

    @Test
    void aBodyOnAnOperationThatDeclaresNoneShouldNotBeChecked() {
        OperationRules validate = op("POST", EXPERIMENT + "/validate").rules();

        assertThat(validate.takesBody()).isFalse();
        assertThat(validate.checkRequest(EXPERIMENT + "/validate", Map.of(), JSON, utf8("{\"x\": 1}"))).isEmpty();
    }

    @Test
    void methodsShouldBeMatchedCaseSensitively() {
        assertThat(spec.operations().find("GET", "/experimentation/experiments")).isPresent();
        assertThat(spec.operations().find("get", "/experimentation/experiments")).isEmpty();
    }

    @Test
    void protocolAnswersShouldBeNoViolationWhereUndeclared() {
        OperationRules get = op("GET", EXPERIMENT).rules();
        byte[] error = utf8("{\"statusCode\": 431, \"error\": \"Request Header Fields Too Large\","
                + " \"message\": \"x\", \"errorCode\": \"header_too_large\"}");

        for (int status : List.of(406, 413, 415, 431)) {
            assertThat(get.checkResponse(status, "application/json", Map.of(), error)).as("" + status).isEmpty();
        }
        assertThat(get.checkResponse(405, "application/json", Map.of(), error)).singleElement().asString()
                .contains("405 is not declared");
        // Declared (413 on a write): checked like any other answer.
        assertThat(op("POST", EXPERIMENT + "/status").rules().checkResponse(413, "application/json", Map.of(),
                utf8("{}"))).isNotEmpty();
    }

    @Test
    void aFormBodyShouldBeCheckedAsTheJsonItStandsFor() {
        OperationRules rules = op("POST", EXPERIMENT + "/status").rules();
        Map<String, List<String>> form = Map.of("content-type", List.of("application/x-www-form-urlencoded; charset=UTF-8"));

        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), form, utf8("status=paused"))).isEmpty();
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), form, utf8("status=paused&colour=red")))
                .contains(new RequestProblem(Part.BODY, "Additional properties not allowed: colour", "colour"));
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), form, utf8("status=a&status=b")))
                .contains(new RequestProblem(Part.BODY, "Expected type string but found type array", "status"));
        assertThat(rules.checkRequest(EXPERIMENT + "/status", Map.of(), form, utf8("{\"status\": \"paused\"}")))
                .contains(new RequestProblem(Part.BODY, "Invalid form body, JSON needs Content-Type application/json", ""));
        assertThat(rules.formBodySchema()).hasValueSatisfying(schema -> assertThat(schema.at("/required/0").asText())
                .isEqualTo("status"));
    }

    @Test
    void queryTextShouldBeReadAsTheSchemaType() {
        assertThat(ValueRule.typed("12", "integer").isIntegralNumber()).isTrue();
        assertThat(ValueRule.typed("1.5", "integer").isTextual()).isTrue();
        assertThat(ValueRule.typed("1.5", "number").isNumber()).isTrue();
        assertThat(ValueRule.typed("yes", "boolean").isTextual()).isTrue();
        assertThat(ValueRule.typed("true", "boolean").isBoolean()).isTrue();
        assertThat(ValueRule.typed("12", "string").isTextual()).isTrue();
    }

    @Test
    void aSchemaThatContainsItselfShouldBeServedAndChecked() {
        String tree = """
                openapi: 3.0.3
                info: {title: tree, version: '1'}
                paths:
                  /tree:
                    get:
                      operationId: getTree
                      responses:
                        '200':
                          description: A tree.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Node'
                components:
                  schemas:
                    Node:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        child:
                          $ref: '#/components/schemas/Node'
                """;
        // A recursive schema is ordinary in real specs (trees, threads): it loads, and checks each level.
        LoadedSpec loaded = LoadedSpec.parse(tree, "tree.yaml");
        OperationRules rules = loaded.operations().find("GET", "/tree").orElseThrow().rules();
        assertThat(rules.checkResponse(200, "application/json", Map.of(), utf8("{\"name\": \"a\", \"child\": {\"name\": \"b\"}}")))
                .isEmpty();
        assertThat(rules.checkResponse(200, "application/json", Map.of(), utf8("{\"name\": \"a\", \"child\": {}}")))
                .isNotEmpty();
        assertThat(rules.checkResponse(200, "application/json", Map.of(),
                utf8("{\"name\": \"a\", \"child\": {\"name\": \"b\", \"child\": {\"name\": 3}}}")))
                .isNotEmpty();
    }
}
