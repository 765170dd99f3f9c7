package dev.expcenter.stub.states;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.engine.EngineState;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.JsonMapperProvider;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ProviderStateNames#RECORDS_EXIST}: the records sent, read and checked as a data file is
 * (the API's shapes, bean validation, then the engine's consistency rules), so a pact recorded from a
 * mock session recreates exactly the world its interaction met.
 */
final class RecordsState {
    static final Set<String> PARAMS = Set.of("feature_flags", "variations", "segments", "experiments");

    private RecordsState() {
    }

    static Map<String, Object> build(StateParams params, World world) {
        ObjectMapper json = JsonMapperProvider.mapper();
        ObjectNode document = json.createObjectNode();
        for (String kind : List.of("feature_flags", "variations", "segments", "experiments")) {
            Object value = params.raw(kind);
            if (value != null && !(value instanceof List<?>)) {
                throw params.bad(kind + " must be a list of records in the API's shape");
            }
            document.set(kind, json.valueToTree(value == null ? List.of() : value));
        }
        EngineState state;
        try {
            state = ApiResources.stateFile().read(new ByteArrayInputStream(json.writeValueAsBytes(document)), "params");
        } catch (InvalidStateException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw params.bad(e.getMessage());
        }
        world.records(state);
        List<String> ids = new ArrayList<>();
        state.featureFlags().forEach(f -> ids.add(f.id()));
        state.variations().forEach(v -> ids.add(v.id()));
        state.segments().forEach(s -> ids.add(s.id()));
        state.experiments().forEach(e -> ids.add(e.id()));
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("ids", List.copyOf(ids));
        return used;
    }
}
