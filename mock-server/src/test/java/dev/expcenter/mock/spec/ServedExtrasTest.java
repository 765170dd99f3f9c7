package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServedExtrasTest {
    @Test
    void packagedSpecShouldDifferInNothing() {
        assertThat(LoadedSpec.parse(SpecFiles.packaged(), "packaged").extras()).isSameAs(ServedExtras.NONE);
    }

    @Test
    void packagedSpecReformattedShouldDifferInNothing() {
        String reformatted = SpecFiles.packaged().replace("\n", "\n\n");

        assertThat(LoadedSpec.parse(reformatted, "reformatted").extras()).isSameAs(ServedExtras.NONE);
    }

    @Test
    void newRequestPropertyShouldBeTheOnlyBodyExtra() {
        String spec = SpecFiles.packaged().replaceFirst("(?m)(^    CreateExperimentRequest:\\n(?:.*\\n)*?      properties:\\n)",
                "$1        owner:\n          type: string\n");
        LoadedSpec loaded = LoadedSpec.parse(spec, "edited");
        SpecOperation create = loaded.operations().byId("createExperiment").orElseThrow();
        SpecOperation update = loaded.operations().byId("updateExperiment").orElseThrow();

        assertThat(loaded.extras().of(create).body()).containsExactly("owner");
        assertThat(loaded.extras().of(create).responses()).isEmpty();
        assertThat(loaded.extras().of(update)).isNull();
    }

    @Test
    void fillShouldPreferExampleThenDefaultThenFirstEnumValueThenTheType() {
        assertThat(ResponseShape.fill(new Schema<>().type("string").example("CC-1")).asText()).isEqualTo("CC-1");
        assertThat(ResponseShape.fill(new Schema<>().type("integer")._default(7)).asInt()).isEqualTo(7);
        assertThat(ResponseShape.fill(new Schema<String>().type("string")._enum(List.of("gold", "silver"))).asText())
                .isEqualTo("gold");
        assertThat(ResponseShape.fill(new Schema<>().type("integer").minimum(BigDecimal.valueOf(3))).asInt()).isEqualTo(3);
        assertThat(ResponseShape.fill(new Schema<>().type("boolean")).isBoolean()).isTrue();
        assertThat(ResponseShape.fill(new Schema<>().type("string").format("date-time")).asText())
                .isEqualTo("1970-01-01T00:00:00Z");
        assertThat(ResponseShape.fill(new Schema<>().type("string").minLength(3)).asText()).hasSize(3);
        assertThat(ResponseShape.fill(new Schema<>().type("array")).isArray()).isTrue();
    }
}
