package dev.expcenter.stub.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PATCH tells {@code "description": null} (clear it) from a description left out (keep it), by JSON
 * and by form ({@code description=}), on every kind of thing, request after request on one server.
 */
class PatchDescriptionApiTest {
    private static final String FLAGS = "/experimentation/feature-flags";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static ApiServer server;
    private static SpecCheckedClient api;
    private static Map<String, String> things;

    @BeforeAll
    static void start() {
        server = new ApiServer();
        api = server.client();
        String flag = created(FLAGS, """
                {"name": "show_prompt", "description": "Whether to prompt",
                 "parameters": {"p": {"type": "boolean", "value": false}}}""");
        String variation = created(flag + "/variations", """
                {"name": "control", "description": "No prompt", "overrides": {}}""");
        String segment = created("/experimentation/segments", """
                {"name": "Mobile", "description": "Phones", "rules": [{"match": {"device_type": ["mobile"]}}]}""");
        String experiment = created("/experimentation/experiments", """
                {"name": "Prompt", "description": "Does it help?", "feature_flag_id": "%s",
                 "authentication_flow": "pre_authentication", "allocation_strategy": "percentage",
                 "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]}"""
                .formatted(flag.substring(flag.lastIndexOf('/') + 1), variation.substring(variation.lastIndexOf('/') + 1)));
        things = Map.of("experiment", experiment, "feature flag", flag, "variation", variation, "segment", segment);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Creates at {@code collection}; the new thing's path. */
    private static String created(String collection, String json) {
        Reply reply = api.post(collection, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return collection + "/" + reply.json().get("id").asText();
    }

    private static JsonNode patched(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @TestFactory
    Stream<DynamicTest> nullShouldClearTheDescriptionAndLeavingItOutShouldKeepIt() {
        return things.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(thing -> DynamicTest.dynamicTest(thing.getKey(), () -> {
                    String path = thing.getValue();
                    JsonNode renamed = patched(api.patch(path, "{\"name\": \"Renamed " + thing.getKey() + "\"}"));
                    assertThat(renamed.has("description")).as("kept: %s", renamed).isTrue();

                    JsonNode cleared = patched(api.patch(path, "{\"description\": null}"));
                    assertThat(cleared.has("description")).as("cleared: %s", cleared).isFalse();
                    assertThat(cleared.get("name").asText()).isEqualTo(renamed.get("name").asText());
                    assertThat(api.get(path).json()).isEqualTo(cleared);

                    JsonNode described = patched(api.patch(path, "{\"description\": \"Described again\"}"));
                    assertThat(described.get("description").asText()).isEqualTo("Described again");
                    JsonNode byForm = patched(api.send("PATCH", path, "description=", FORM));
                    assertThat(byForm.has("description")).as("cleared by form: %s", byForm).isFalse();
                    JsonNode left = patched(api.patch(path, "{\"name\": \"Renamed again " + thing.getKey() + "\"}"));
                    assertThat(left.has("description")).as("still cleared: %s", left).isFalse();
                }));
    }

    /** The spec's nullable request properties, which the server reads from it (NullableProperties): pinned here. */
    @Test
    void theOnlyNullableRequestPropertiesShouldBeThePatchDescriptions() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser().readLocation("expcenter/openapi.yaml", null, options).getOpenAPI();
        List<String> nullable = new ArrayList<>();
        spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().values().stream().findFirst()
                        .ifPresent(media -> collect(method + " " + template, media.getSchema(), nullable));
            }
        }));

        assertThat(nullable).containsExactlyInAnyOrder(
                "PATCH /experimentation/experiments/{id} description",
                "PATCH /experimentation/feature-flags/{id} description",
                "PATCH /experimentation/feature-flags/{id}/variations/{variation_id} description",
                "PATCH /experimentation/segments/{id} description");
    }

    private static void collect(String where, Schema<?> schema, List<String> nullable) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (Boolean.TRUE.equals(property.getNullable())) {
                    nullable.add(where + " " + name);
                }
                collect(where + " " + name, property, nullable);
            });
        }
        if (schema.getItems() != null) {
            collect(where + "[]", schema.getItems(), nullable);
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            collect(where + ".*", values, nullable);
        }
    }
}
