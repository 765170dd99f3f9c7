package dev.expcenter.openapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fixture pair proves the comparison with Auth0's document finds drifts and ignores what does not matter. */
class Auth0ConformanceTest {

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
    void fixtureDriftsAreReportedAndNothingElse() throws IOException {
        assertThat(fixtureDifferences()).containsExactlyElementsOf(FIXTURE_DRIFTS);
    }

    private static List<String> fixtureDifferences() throws IOException {
        return Auth0Conformance.differences(FIXTURE.resolve("auth0.json"), FIXTURE.resolve("ours.yaml"));
    }
}
