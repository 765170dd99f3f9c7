package dev.expcenter.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.contracts.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/** Every interaction of every accepted pact ({@code pacts/*.json}) is one the spec allows; one test each. */
@Order(3)
class PactsConformToSpecTest {

    @TestFactory
    Stream<DynamicTest> everyInteractionShouldConformToTheSpec() throws IOException {
        List<Path> pacts;
        try (Stream<Path> files = Files.list(Contract.acceptedPacts())) {
            pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(pacts).as("pacts in %s", Contract.acceptedPacts()).isNotEmpty();
        return pacts.stream()
                .flatMap(pact -> PactSpecChecker.check(pact).stream())
                .map(result -> DynamicTest.dynamicTest(result.name(),
                        () -> assertThat(result.problems()).as(result.report()).isEmpty()));
    }
}
