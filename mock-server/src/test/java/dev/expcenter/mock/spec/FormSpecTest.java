package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.testsupport.MockApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms are typed by the spec the mock serves: an edit picked up by the hot reload retypes them, with no restart. */
class FormSpecTest {
    private static final String UNTYPED_OVERRIDE = """
            VariationOverride:
              type: object
              description: The value a variation serves for one parameter.
              additionalProperties: false
              required: [value]
              properties:
                value:
            """.indent(4);

    @TempDir
    Path dir;

    private Path file;
    private MockApi mock;
    private final List<LoadedSpec> swapped = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        file = SpecFiles.copy(dir);
        mock = MockApi.start(MockConfig.builder().specFile(file).strictness(Strictness.FAIL).build());
        mock.server().spec().addListener(swapped::add);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void anOverrideShouldBeTypedByTheServedSpecAfterAnEdit() {
        String onText = "experimentation/feature-flags/" + flag("show_prompt_text", "string", "\"off\"") + "/variations";
        String onBoolean = "experimentation/feature-flags/" + flag("show_prompt", "boolean", "false") + "/variations";
        // Untyped in the spec: the form's text stays text, which a string parameter takes and a boolean one refuses.
        assertThat(override(form(onText, "name=prompt&overrides[p][value]=true"))).isEqualTo(json("\"true\""));
        HttpResponse<String> untyped = form(onBoolean, "name=prompt&overrides[p][value]=true");
        assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(400);
        assertThat(MockApi.json(untyped).path("message").asText())
                .startsWith("Override value type does not match the parameter type.");

        // A reviewer gives overrides a type: forms follow without a restart or a code change.
        String spec = SpecFiles.packaged();
        assertThat(spec).contains(UNTYPED_OVERRIDE);
        SpecFiles.write(file, spec.replace(UNTYPED_OVERRIDE, UNTYPED_OVERRIDE + "          type: boolean\n"));
        assertThat(SpecFiles.await(Duration.ofSeconds(5), () -> !swapped.isEmpty())).isTrue();

        assertThat(override(form(onBoolean, "name=prompt&overrides[p][value]=true"))).isEqualTo(json("true"));
        HttpResponse<String> refused = form(onBoolean, "name=other&overrides[p][value]=maybe");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(refused).path("message").asText())
                .isEqualTo("Payload validation error: 'Expected type boolean but found type string' on property overrides.p.value");
        assertThat(mock.violations().count()).isZero();
    }

    /** A flag with one parameter {@code p} of {@code type} and default {@code value} (JSON text); its id. */
    private String flag(String name, String type, String value) {
        HttpResponse<String> flag = mock.post("experimentation/feature-flags", """
                {"name": "%s", "parameters": {"p": {"type": "%s", "value": %s}}}""".formatted(name, type, value));
        assertThat(flag.statusCode()).as(flag.body()).isEqualTo(201);
        return MockApi.json(flag).path("id").asText();
    }

    private HttpResponse<String> form(String path, String body) {
        return mock.send(mock.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode override(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return MockApi.json(response).at("/overrides/p/value");
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
