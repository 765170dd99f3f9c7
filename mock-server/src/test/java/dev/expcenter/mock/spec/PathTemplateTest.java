package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "/experimentation/experiments, /experimentation/experiments, true",
            "/experimentation/experiments, /experimentation/experiments/, true",
            "/experimentation/experiments, /experimentation/experiment, false",
            "/experimentation/experiments/{id}, /experimentation/experiments/exp_1, true",
            "/experimentation/experiments/{id}, /experimentation/experiments/, false",
            "/experimentation/experiments/{id}, /experimentation/experiments//, false",
            "/experimentation/experiments/{id}, /experimentation/experiments/exp_1/status, false",
            "/experimentation/experiments/{id}/status, /experimentation/experiments/exp_1/status, true",
            "/experimentation/experiments/{id}/status, /experimentation/experiments/exp_1/validate, false",
            "/f/{a}/v/{b}, /f/x/v/y, true",
            "/files/{name}.json, /files/report.json, true",
            "/files/{name}.json, /files/.json, false",
            "/files/{name}.json, /files/report.yaml, false",
            "/r/{a}-{b}, /r/x-y, true",
            "/r/{a}-{b}, /r/-y, false",
            "/r/{a}-{b}, /r/xy, false",
    })
    void shouldMatchLiteralsExactlyAndParametersWithAtLeastOneCharacter(String template, String path, boolean matches) {
        assertThat(PathTemplate.of(template).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/experimentation/experiments, 28",
            "/experimentation/experiments/{id}, 29",
            "/files/{name}.json, 12",
    })
    void literalCharactersShouldCountWhatIsNotAParameter(String template, int literals) {
        assertThat(PathTemplate.of(template).literalChars()).isEqualTo(literals);
    }
}
