package dev.expcenter.stub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.stub.reliability.Ops.Op;
import dev.expcenter.stub.testsupport.HttpProbe;
import dev.expcenter.stub.testsupport.HttpProbe.Exchange;
import dev.expcenter.stub.testsupport.RequestOracle;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.TargetServer;
import dev.expcenter.stub.testsupport.WireChecks;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Bodies generated from the spec's request schemas (objects, arrays, strings within their lengths,
 * integers within their bounds, enums), half of them then mutated (a required property dropped, an
 * unknown one added, a type changed, an enum value swapped, a property nulled), and sent to every
 * operation with a body. An independent oracle says which answer each deserves: a body the spec's
 * schema refuses ({@link RequestOracle}, Atlassian's validator) gets 400 {@code invalid_body}; one that
 * breaks a parameter rule the spec states in words ({@link ParameterRules}) a 4xx; any other is not
 * refused as an invalid body. Always: never a 5xx, never a status or body the operation does not declare.
 */
public abstract class MutatedBodyPropertiesSuite {
    /** Starts the server this suite runs against (the stub, the mock...). */
    protected abstract TargetServer startTarget();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final OpenAPI SPEC = spec();
    private static TargetServer server;
    private static HttpProbe probe;
    private static Fixture fixture;

    @BeforeProperty
    void start() {
        server = startTarget();
        probe = new HttpProbe(server.apiRoot());
        fixture = Fixture.create(new SpecCheckedClient(server.apiRoot()));
    }

    @AfterProperty
    void stop() {
        server.close();
    }

    @Property(tries = 200, seed = "20261126")
    void mutatedBodiesShouldGetTheAnswerTheSchemaDeserves(@ForAll long seed) {
        Random random = new Random(seed);
        List<Op> ops = Ops.withBody();
        Op op = ops.get(random.nextInt(ops.size()));
        Schema<?> schema = requestSchema(op);
        JsonNode body = generate(schema, random, 0);
        if (random.nextBoolean()) {
            body = mutate(body, schema, random);
        }
        String path = fixture.fill(op.path());
        List<String> schemaProblems = RequestOracle.bodyProblems(op.method(), path, body.toString());
        List<String> ruleProblems = schemaProblems.isEmpty() ? ruleProblems(op, body) : List.of();
        Exchange reply = probe.send(op.method(), path, Map.of("Authorization", List.of("Bearer dev-token"),
                "Content-Type", List.of("application/json")), body.toString().getBytes(StandardCharsets.UTF_8));

        WireChecks.assertWellFormed(op.method(), reply);
        assertThat(WireChecks.specProblems(op.method(), path, reply)).as("%s %s", op, body).isEmpty();
        String answer = reply.status() + " " + reply.body();
        if (!schemaProblems.isEmpty()) {
            // The schema check runs before any rule of the engine: exactly Auth0's invalid_body.
            assertThat(reply.status()).as("%s %s is invalid (%s) but got %s", op, body, schemaProblems, answer)
                    .isEqualTo(400);
            assertThat(reply.json().path("errorCode").asText()).as(answer).isEqualTo("invalid_body");
        } else if (!ruleProblems.isEmpty()) {
            // A rule written in the spec's words; a state rule (archived flag, experiment not editable) may come first.
            assertThat(reply.status()).as("%s %s breaks %s but got %s", op, body, ruleProblems, answer)
                    .isBetween(400, 499);
        } else {
            assertThat(reply.status() == 400 && "invalid_body".equals(reply.json().path("errorCode").asText()))
                    .as("%s %s is valid but got %s", op, body, answer).isFalse();
        }
    }

    /** The spec's parameter rules (in words, not schema) this body breaks, judged against the current flag. */
    private List<String> ruleProblems(Op op, JsonNode body) {
        String flagPath = "/experimentation/feature-flags/" + fixture.flg();
        return switch (op.id()) {
            case "createFeatureFlag" -> ParameterRules.flagBody(body, List.of(), false);
            case "updateFeatureFlag" -> {
                List<JsonNode> overrides = new ArrayList<>();
                read(flagPath + "/variations").path("variations")
                        .forEach(v -> overrides.add(v.path("overrides")));
                yield ParameterRules.flagBody(body, overrides, true);
            }
            case "createVariation", "updateVariation" ->
                    ParameterRules.variationBody(body, read(flagPath).path("parameters"));
            default -> List.of();
        };
    }

    private static JsonNode read(String path) {
        Exchange reply = probe.send("GET", path, Map.of("Authorization", List.of("Bearer dev-token")), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Schema<?> requestSchema(Op op) {
        var item = SPEC.getPaths().get(op.path().replace("{exp}", "{id}").replace("{flg}", "{id}")
                .replace("{seg}", "{id}").replace("{var}", "{variation_id}"));
        var operation = switch (op.method()) {
            case "POST" -> item.getPost();
            case "PATCH" -> item.getPatch();
            default -> throw new IllegalStateException(op.method());
        };
        return operation.getRequestBody().getContent().get("application/json").getSchema();
    }

    private static JsonNode generate(Schema<?> schema, Random random, int depth) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size()))));
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getProperties() != null ? "object" : null;
        if (type == null) {
            return anyValue(random, depth);
        }
        switch (type) {
            case "object": {
                ObjectNode node = NODES.objectNode();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> {
                        if (required.contains(name) || random.nextBoolean()) {
                            node.set(name, generate(property, random, depth + 1));
                        }
                    });
                }
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    int n = random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        node.set(i == 0 ? "p" : "k" + random.nextInt(100), generate(values, random, depth + 1));
                    }
                }
                return node;
            }
            case "array": {
                ArrayNode node = NODES.arrayNode();
                int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
                int n = min + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    node.add(generate(schema.getItems(), random, depth + 1));
                }
                return node;
            }
            case "integer": {
                int min = schema.getMinimum() == null ? -5 : schema.getMinimum().intValue();
                int max = schema.getMaximum() == null ? 1000 : schema.getMaximum().intValue();
                return NODES.numberNode(min + random.nextInt(max - min + 1));
            }
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "number":
                return NODES.numberNode(random.nextDouble() * 100);
            default:
                return NODES.textNode(string(schema, random));
        }
    }

    /** A string within the schema's lengths; ids from the fixture where the name says so. */
    private static String string(Schema<?> schema, Random random) {
        String[] pool = {fixture.flg(), fixture.var(), fixture.var2(), fixture.seg(), "flg_nope", "var_nope"};
        if (random.nextInt(3) == 0) {
            return pool[random.nextInt(pool.length)];
        }
        int min = schema.getMinLength() == null ? 1 : schema.getMinLength();
        int length = Math.max(min, 1 + random.nextInt(12));
        StringBuilder text = new StringBuilder();
        String letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMN123456789_";
        for (int i = 0; i < length; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }

    private static JsonNode anyValue(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 4 : 6)) {
            case 0 -> NODES.textNode("v" + random.nextInt(10));
            case 1 -> NODES.numberNode(random.nextInt(1000) - 500);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.numberNode(random.nextDouble());
            case 4 -> NODES.arrayNode().add(anyValue(random, depth + 1));
            default -> NODES.objectNode().set("k", anyValue(random, depth + 1));
        };
    }

    /** One mutation at a random object of the tree. */
    private static JsonNode mutate(JsonNode body, Schema<?> schema, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(body, objects);
        if (objects.isEmpty()) {
            return NODES.arrayNode();
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "name" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> target.remove(name);
            case 1 -> target.put("unknown_" + random.nextInt(100), 1);
            case 2 -> target.set(name, random.nextBoolean() ? NODES.numberNode(7) : NODES.arrayNode());
            case 3 -> target.put(name, random.nextBoolean() ? "ACTIVE" : "Percentage");
            default -> target.putNull(name);
        }
        return body;
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collect(child, objects));
    }

    private static OpenAPI spec() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readLocation("expcenter/openapi.yaml", null, options).getOpenAPI();
    }
}
