package dev.expcenter.openapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our spec against Auth0's own document for the same operations, which wins wherever it states something:
 * every Difference must be listed, with a reason, under {@value DeliberateDifference#HEADING} in
 * {@code openapi/README.md}, and every row there must still match a Difference. A fixture pair proves the
 * comparison finds drifts and ignores what does not matter.
 */
class Auth0ConformanceTest {

    private static final Path SPEC = Path.of("openapi.yaml");
    private static final Path README = Path.of("README.md");
    private static final Path AUTH0 = Path.of("src/test/resources/auth0/management-api-experimentation.json");
    private static final Path FIXTURE = Path.of("src/test/resources/conformance");

    /** What the fixture's {@code ours.yaml} gets wrong about its {@code auth0.json}, and nothing else. */
    private static final List<String> FIXTURE_DRIFTS = List.of(
            "PATCH /widgets/{id} parameter[path id]: renamed (auth0=id, ours=widget_id)",
            "PATCH /widgets/{id} request[application/json].properties.color: added",
            "PATCH /widgets/{id} request[application/json].properties.note.nullable: missing (auth0=true)",
            "PATCH /widgets/{id} responses.400: missing",
            "PATCH /widgets/{id} responses.409: added",
            "POST /widgets request[application/json].properties.name.maxLength: changed (auth0=64, ours=100)",
            "POST /widgets request[application/json].required[size]: missing",
            "POST /widgets request[application/x-www-form-urlencoded]: missing",
            "POST /widgets responses.400.message \"Widget limit reached.\": missing");

    @Test
    void specAgreesWithAuth0sDocument() throws IOException {
        List<String> unlisted = unlisted(Auth0Conformance.differences(AUTH0, SPEC));

        assertThat(unlisted)
                .withFailMessage("openapi.yaml differs from Auth0's document (%s) in %d ways not listed in"
                        + " openapi/README.md:%n%s%n%nChange openapi.yaml to agree with Auth0's document, or, if the"
                        + " difference is deliberate, add a row `| `<difference, * for any run>` | <reason> |` under"
                        + " \"%s\".", AUTH0, unlisted.size(), lines(unlisted), DeliberateDifference.HEADING)
                .isEmpty();
    }

    @Test
    void everyListedDifferenceStillExists() throws IOException {
        List<String> differences = Auth0Conformance.differences(AUTH0, SPEC);

        List<DeliberateDifference> stale = DeliberateDifference.readFrom(README).stream()
                .filter(row -> differences.stream().noneMatch(row::matches))
                .toList();

        assertThat(stale)
                .withFailMessage("Rows under \"%s\" in openapi/README.md match no difference any more; the spec"
                        + " agrees with Auth0's document there, so delete them:%n%s",
                        DeliberateDifference.HEADING, lines(stale))
                .isEmpty();
    }

    @Test
    void fixtureDriftsAreReportedAndNothingElse() throws IOException {
        assertThat(fixtureDifferences()).containsExactlyElementsOf(FIXTURE_DRIFTS);
    }

    @Test
    void readmeRowsDoNotExcuseTheFixtureDrifts() throws IOException {
        assertThat(unlisted(fixtureDifferences())).containsExactlyElementsOf(FIXTURE_DRIFTS);
    }

    @Test
    void rowsArePatternsWhereAStarMatchesAnyRun(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                ## Deliberate differences from Auth0's document
                | difference | reason |
                |---|---|
                | `* responses.413: added` | the body limit |

                ## Another section
                | `* responses.415: added` | not a row of the list |
                """);

        List<DeliberateDifference> rows = DeliberateDifference.readFrom(readme);

        assertThat(rows).extracting(DeliberateDifference::pattern).containsExactly("* responses.413: added");
        assertThat(rows.get(0).matches("POST /experimentation/segments responses.413: added")).isTrue();
        assertThat(rows.get(0).matches("POST /experimentation/segments responses.4130: added")).isFalse();
        assertThat(rows.get(0).matches("POST /experimentation/segments responses_413: added")).isFalse();
    }

    @Test
    void aRowWithoutAReasonIsRefused(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                ## Deliberate differences from Auth0's document
                | `* responses.413: added` |  |
                """);

        assertThatThrownBy(() -> DeliberateDifference.readFrom(readme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("* responses.413: added");
    }

    private static List<String> fixtureDifferences() throws IOException {
        return Auth0Conformance.differences(FIXTURE.resolve("auth0.json"), FIXTURE.resolve("ours.yaml"));
    }

    private static List<String> unlisted(List<String> differences) throws IOException {
        List<DeliberateDifference> rows = DeliberateDifference.readFrom(README);
        return differences.stream().filter(d -> rows.stream().noneMatch(row -> row.matches(d))).toList();
    }

    private static String lines(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(System.lineSeparator()));
    }

    @Test
    void aMessageMayContinueAuth0sSentenceButNotChangeIt() {
        String auth0 = "Experiment cannot be activated: validation failed.";

        assertThat(ErrorMessages.continues(auth0, auth0)).isTrue();
        assertThat(ErrorMessages.continues("Experiment cannot be activated: validation failed: Segment x does not exist", auth0))
                .isTrue();
        assertThat(ErrorMessages.continues("Experiment cannot be activated: validation failed", auth0)).isFalse();
        assertThat(ErrorMessages.continues("Experiment cannot be activated: checks failed: x", auth0)).isFalse();
    }
}
