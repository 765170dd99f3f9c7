package dev.expcenter.client.specexamples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the spec-examples check can fail: broken examples are reported, not waved through. */
class ExampleCheckerTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: broken, version: '1'}
      paths:
        /experimentation/experiments/{id}:
          get:
            operationId: getExperiment
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ErrorResponse'}
                    examples:
                      good:
                        value: {statusCode: 404, error: Not Found, message: gone, errorCode: inexistent_experiment}
                      missingMessage:
                        value: {statusCode: 404, error: Not Found}
                      wrongType:
                        value: {statusCode: '404', error: Not Found, message: gone}
              '201':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Stamp'}
                    examples:
                      badId:
                        value: {id: exp_0OIl, at: '2026-11-02T09:10:00Z'}
                      badDate:
                        value: {id: exp_9Km3nZ7vQwRx2yDjFs5gCp, at: 'yesterday'}
                      unknownProperty:
                        value: {id: exp_9Km3nZ7vQwRx2yDjFs5gCp, at: '2026-11-02T09:10:00Z', colour: red}
      components:
        schemas:
          ErrorResponse:
            type: object
            required: [statusCode, error, message]
            properties:
              statusCode: {type: integer, format: int32, example: not-a-number}
              error: {type: string}
              message: {type: string}
              errorCode: {type: string}
          Stamp:
            type: object
            required: [id, at]
            properties:
              id: {type: string, pattern: '^exp_[A-HJ-NP-Za-km-z1-9]+$'}
              at: {type: string, format: date-time}
      """;

  private final SpecExamples spec = SpecExamples.of(SPEC);
  private final ExampleChecker checker = new ExampleChecker(spec.api);

  private SpecExample named(String name) {
    return spec.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void validExampleShouldPass() {
    SpecExample good = named("getExperiment 200 good");
    assertThat(checker.schemaProblems(good)).isEmpty();
    assertThat(checker.roundTripProblems(good)).isEmpty();
  }

  @Test
  void missingRequiredPropertyShouldBeReported() {
    assertThat(checker.schemaProblems(named("getExperiment 200 missingMessage")))
        .anyMatch(p -> p.contains("message"));
  }

  @Test
  void wrongTypeShouldBeReported() {
    assertThat(checker.schemaProblems(named("getExperiment 200 wrongType"))).isNotEmpty();
  }

  @Test
  void idNotMatchingItsPatternShouldBeReported() {
    assertThat(checker.schemaProblems(named("getExperiment 201 badId")))
        .anyMatch(p -> p.contains("pattern") || p.contains("exp_0OIl"));
  }

  @Test
  void malformedDateTimeShouldBeReported() {
    assertThat(checker.schemaProblems(named("getExperiment 201 badDate")))
        .anyMatch(p -> p.contains("date-time") || p.contains("yesterday"));
  }

  @Test
  void unknownPropertyShouldBeLostInTheRoundTrip() {
    // Stamp has no generated model here, so round-trip it through a real one: the generated
    // ErrorResponse drops what it does not know, and the comparison notices.
    SpecExample unknown = new SpecExample("unknown", null,
        ((com.fasterxml.jackson.databind.node.ObjectNode) named("getExperiment 200 good").value().deepCopy()).put("colour", "red"),
        dev.expcenter.client.model.ErrorResponse.class, null);
    assertThat(checker.roundTripProblems(unknown)).singleElement().asString().contains("/colour");
  }

  @Test
  void schemaLevelExampleOfTheWrongTypeShouldBeReportedNotDropped() {
    SpecExample example = named("components.schemas.ErrorResponse.properties.statusCode example");
    assertThat(example.value().asText()).isEqualTo("not-a-number");
    assertThat(checker.schemaProblems(example)).isNotEmpty();
    assertThat(checker.roundTripProblems(example)).isNotEmpty();
  }

  @Test
  void differencesShouldTreatEqualInstantsAsEqual() {
    var m = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(ExampleChecker.differences("", m.valueToTree(List.of("2026-11-02T09:10:00Z")),
        m.valueToTree(List.of("2026-11-02T10:10:00+01:00")))).isEmpty();
    assertThat(ExampleChecker.differences("", m.valueToTree(List.of("2026-11-02T09:10:00Z")),
        m.valueToTree(List.of("2026-11-02T09:10:01Z")))).hasSize(1);
  }
}
