package dev.expcenter.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec check reports what a deliberately broken pact gets wrong, naming consumer, interaction and property. */
class PactSpecCheckerTest {

    @Test
    void brokenPactShouldBeReportedByInteractionAndProperty() throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("/spec-check/broken-pact.json").toURI());

        List<PactSpecChecker.Result> results = PactSpecChecker.check(broken);

        assertThat(results).extracting(PactSpecChecker.Result::description).containsExactly(
                "a conforming request for an experiment",
                "a response with an unknown status",
                "a request body with a property the spec does not allow",
                "a status the operation does not declare",
                "a response field the spec does not declare");
        assertThat(results.get(0).problems()).isEmpty();
        assertThat(results.get(1).report())
                .contains("Pact of broken-consumer, interaction 'a response with an unknown status'")
                .contains("response body /status").contains("running");
        assertThat(results.get(2).report())
                .contains("'a request body with a property the spec does not allow'")
                .contains("colour");
        assertThat(results.get(3).report())
                .contains("'a status the operation does not declare'").contains("418");
        // What a pact sees when the spec drops a field it uses.
        assertThat(results.get(4).report())
                .contains("'a response field the spec does not declare'").contains("winner");
    }
}
