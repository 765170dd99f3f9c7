package dev.expcenter.client.specexamples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the spec is valid against its schema and survives the generated client
 * model. One dynamic test per example, named operationId + status + example name (or the schema
 * path of a schema-level example). See {@link SpecExamples} for how examples are found and
 * {@link ExampleChecker} for what is checked.
 */
class SpecExamplesTest {
  private static final SpecExamples SPEC = SpecExamples.fromClasspath();
  private static final ExampleChecker CHECKER = new ExampleChecker(SPEC.api);

  @TestFactory
  Stream<DynamicTest> everyExampleShouldMatchItsSchemaAndSurviveTheClientModel() {
    return SPEC.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
      assertThat(CHECKER.schemaProblems(example))
          .as("%s against its schema:%n%s", example.name(), example.value()).isEmpty();
      assertThat(CHECKER.roundTripProblems(example))
          .as("%s through %s", example.name(), example.model()).isEmpty();
    }));
  }

  @Test
  void everyComponentExampleShouldBeUsedSoItsSchemaIsKnown() {
    assertThat(SPEC.unusedComponentExamples()).isEmpty();
  }

  @Test
  void examplesShouldBeFoundForEveryOperationWithABody() {
    List<SpecExample> all = SPEC.all();
    // A guard against the walker silently finding nothing: the spec has 23 operations, each
    // with at least one example per JSON response.
    long operations = all.stream().map(e -> e.name().split(" ")[0]).filter(n -> !n.startsWith("components."))
        .distinct().count();
    assertThat(operations).isEqualTo(23);
    assertThat(all).anyMatch(e -> e.name().equals("updateExperimentStatus 200 activate"))
        .anyMatch(e -> e.name().equals("createExperiment request percentage"))
        .anyMatch(e -> e.name().equals("components.schemas.ErrorResponse.properties.statusCode example"));
    assertThat(all).allMatch(e -> e.schema() != null, "every example has a schema");
    assertThat(all.stream().filter(e -> e.property() == null && !e.name().startsWith("components.")))
        .allMatch(e -> e.model() != null, "every body example has a generated model");
  }
}
