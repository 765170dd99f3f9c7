package dev.expcenter.stub.states;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.data.StateDocument;
import dev.expcenter.stub.server.JsonMapperProvider;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every provider state's world is one the API itself could have built: each state is set up on a
 * side engine, then replayed record by record through the HTTP stub (create flags, variations,
 * segments and experiments, then the status moves that lead to each recorded status), and every
 * request must succeed. So the states obey Auth0's rules as the stub enforces them against the
 * spec: names of 3+ characters unique per kind, parameters and overrides that differ from their
 * defaults, 1..20 allocations with numeric weights, reachable statuses, one active experiment.
 * The served world is also read back through the API, every response checked against the spec and
 * Auth0's document. Flags and segments of {@code type: auth0} cannot be created through the API (it
 * makes {@code self} ones only), so their replay proves everything but the type.
 */
class ProviderStatesReplayTest {
    private static final String FLAGS = "/experimentation/feature-flags";
    private static final String SEGMENTS = "/experimentation/segments";
    private static final String EXPERIMENTS = "/experimentation/experiments";
    private static ApiServer server;
    private static SpecCheckedClient api;

    static final List<Map<String, Object>> WORLDS = ProviderStatesTest.WORLDS;

    @BeforeAll
    static void start() {
        server = new ApiServer();
        api = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyTenant() {
        server.reset();
    }

    @ParameterizedTest
    @FieldSource("WORLDS")
    void everyStateShouldBeBuildableThroughTheApi(Map<String, Object> world) {
        JsonNode state = built(world);
        Map<String, String> ids = new HashMap<>();

        for (JsonNode flag : state.path("feature_flags")) {
            ObjectNode body = pick(flag, "name", "description", "parameters");
            ids.put(flag.path("id").asText(), created(FLAGS, body));
        }
        for (JsonNode variation : state.path("variations")) {
            String flag = ids.get(variation.path("feature_flag_id").asText());
            created(FLAGS + "/" + flag + "/variations", pick(variation, "name", "description", "overrides"));
        }
        for (JsonNode flag : state.path("feature_flags")) {
            String status = flag.path("status").asText();
            if (!status.equals("draft")) {
                moved(FLAGS + "/" + ids.get(flag.path("id").asText()) + "/status", status);
            }
        }
        for (JsonNode segment : state.path("segments")) {
            ids.put(segment.path("id").asText(), created(SEGMENTS, pick(segment, "name", "description", "rules")));
        }
        List<JsonNode> experiments = new ArrayList<>();
        state.path("experiments").forEach(experiments::add);
        for (JsonNode experiment : experiments) {
            ObjectNode body = pick(experiment, "name", "description", "authentication_flow", "allocation_strategy",
                    "assignment_config");
            body.put("feature_flag_id", ids.get(experiment.path("feature_flag_id").asText()));
            ArrayNode allocations = body.putArray("allocations");
            for (JsonNode a : experiment.path("allocations")) {
                ObjectNode item = pick(a, "variation_id", "weight", "priority", "is_control", "is_fallback");
                // Variations keep no id map of their own: a flag's variations replay in order, so
                // the stub's ids differ; look the new one up by name under the new flag.
                item.put("variation_id", variationId(state, a.path("variation_id").asText(), ids));
                if (a.has("segment_id")) {
                    item.put("segment_id", ids.get(a.path("segment_id").asText()));
                }
                allocations.add(item);
            }
            ids.put(experiment.path("id").asText(), created(EXPERIMENTS, body));
        }
        // The active experiment moves last: while it runs, no other may be activated on the way to
        // its own status.
        experiments.sort((x, y) -> Boolean.compare(isActive(x), isActive(y)));
        for (JsonNode experiment : experiments) {
            String path = EXPERIMENTS + "/" + ids.get(experiment.path("id").asText()) + "/status";
            for (String step : route(experiment)) {
                moved(path, step);
            }
        }

        assertThat(readBack()).as("the replayed world, ids and times aside")
                .isEqualTo(comparable(state));
    }

    @ParameterizedTest
    @FieldSource("WORLDS")
    void everyStateShouldBeServedAsTheSpecAndAuth0Describe(Map<String, Object> world) {
        Map<String, Object> params = new HashMap<>(world);
        String state = (String) params.remove("state");
        ProviderStates.apply(server.engine(), state, params, true);

        // SpecCheckedClient fails on any response the spec or Auth0's document refuses.
        for (JsonNode flag : ok(api.get(FLAGS + "?take=50")).path("feature_flags")) {
            String id = flag.path("id").asText();
            ok(api.get(FLAGS + "/" + id));
            for (JsonNode variation : ok(api.get(FLAGS + "/" + id + "/variations")).path("variations")) {
                ok(api.get(FLAGS + "/" + id + "/variations/" + variation.path("id").asText()));
            }
        }
        for (JsonNode segment : ok(api.get(SEGMENTS + "?take=50")).path("segments")) {
            ok(api.get(SEGMENTS + "/" + segment.path("id").asText()));
        }
        for (JsonNode experiment : ok(api.get(EXPERIMENTS + "?take=50")).path("experiments")) {
            String id = experiment.path("id").asText();
            ok(api.get(EXPERIMENTS + "/" + id));
            ok(api.post(EXPERIMENTS + "/" + id + "/validate", null));
        }
    }

    /** The state's world in the API's wire shapes, built on an engine of its own. */
    private static JsonNode built(Map<String, Object> world) {
        Map<String, Object> params = new HashMap<>(world);
        String state = (String) params.remove("state");
        ExperimentCenter side = ExperimentCenter.create();
        ProviderStates.apply(side, state, params, true);
        return JsonMapperProvider.mapper().valueToTree(StateDocument.of(side.snapshot()));
    }

    /** The world now in the stub, in the API's wire shapes. */
    private static JsonNode readBack() {
        return comparable(JsonMapperProvider.mapper().valueToTree(StateDocument.of(server.engine().snapshot())));
    }

    /**
     * What a replay must reproduce: every record's names, statuses, parameters, overrides, rules,
     * allocations (references by name) and is_valid, in creation order; not ids, times or type.
     */
    private static JsonNode comparable(JsonNode state) {
        Map<String, String> names = new HashMap<>();
        for (String kind : List.of("feature_flags", "variations", "segments")) {
            state.path(kind).forEach(r -> names.put(r.path("id").asText(), r.path("name").asText()));
        }
        ObjectNode out = JsonMapperProvider.mapper().createObjectNode();
        for (String kind : List.of("feature_flags", "variations", "segments", "experiments")) {
            ArrayNode records = out.putArray(kind);
            for (JsonNode r : state.path(kind)) {
                ObjectNode copy = ((ObjectNode) r).deepCopy();
                copy.remove(List.of("id", "type", "created_at", "updated_at", "started_at", "ended_at"));
                if (copy.has("feature_flag_id")) {
                    copy.put("feature_flag_id", names.get(copy.path("feature_flag_id").asText()));
                }
                for (JsonNode a : copy.path("allocations")) {
                    ObjectNode allocation = (ObjectNode) a;
                    allocation.put("variation_id", names.get(allocation.path("variation_id").asText()));
                    if (allocation.has("segment_id")) {
                        allocation.put("segment_id", names.get(allocation.path("segment_id").asText()));
                    }
                }
                records.add(copy);
            }
        }
        return out;
    }

    private static String variationId(JsonNode state, String oldId, Map<String, String> ids) {
        for (JsonNode v : state.path("variations")) {
            if (v.path("id").asText().equals(oldId)) {
                String flag = ids.get(v.path("feature_flag_id").asText());
                for (JsonNode replayed : ok(api.get(FLAGS + "/" + flag + "/variations")).path("variations")) {
                    if (replayed.path("name").asText().equals(v.path("name").asText())) {
                        return replayed.path("id").asText();
                    }
                }
            }
        }
        throw new AssertionError("allocation names variation " + oldId + ", which the world does not hold");
    }

    /** The status moves that lead from draft to the experiment's status, as its timestamps tell. */
    private static List<String> route(JsonNode experiment) {
        String status = experiment.path("status").asText();
        boolean ran = experiment.has("started_at");
        boolean ended = experiment.has("ended_at");
        return switch (status) {
            case "draft" -> List.of();
            case "active" -> List.of("active");
            case "paused" -> List.of("active", "paused");
            case "completed" -> List.of("active", "completed");
            case "archived" -> !ran ? List.of("archived") : ended
                    ? List.of("active", "completed", "archived") : List.of("active", "paused", "archived");
            default -> throw new AssertionError("status " + status);
        };
    }

    private static boolean isActive(JsonNode experiment) {
        return experiment.path("status").asText().equals("active");
    }

    private static ObjectNode pick(JsonNode record, String... properties) {
        ObjectNode body = JsonMapperProvider.mapper().createObjectNode();
        for (String p : properties) {
            if (record.hasNonNull(p)) {
                body.set(p, record.get(p).deepCopy());
            }
        }
        return body;
    }

    private static String created(String path, JsonNode body) {
        SpecCheckedClient.Reply reply = api.post(path, body.toString());
        assertThat(reply.status()).as("POST %s %s -> %s", path, body, reply.body()).isEqualTo(201);
        return reply.json().path("id").asText();
    }

    private static void moved(String path, String status) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", status);
        String json = JsonMapperProvider.mapper().valueToTree(body).toString();
        SpecCheckedClient.Reply reply = api.post(path, json);
        assertThat(reply.status()).as("POST %s %s -> %s", path, json, reply.body()).isEqualTo(200);
    }

    private static JsonNode ok(SpecCheckedClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
