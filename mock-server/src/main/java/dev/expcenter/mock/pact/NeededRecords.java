package dev.expcenter.mock.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.mock.session.RecordedCall;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The records a recorded call needs before it, taken from the session's state at that moment. A
 * successful call on one record needs the records it names (in its path, query and bodies) and what
 * those depend on: an experiment its flag, variations and segments; a variation its flag; a flag its
 * variations. A list, or an error, may depend on any record (a name already taken, another active
 * experiment, the next page), so it gets the whole state.
 */
final class NeededRecords {
    private NeededRecords() {
    }

    static EngineState of(RecordedCall call) {
        EngineState all = call.before();
        if (call.status() >= 300 || isList(call.responseBody())) {
            return all;
        }
        Set<String> ids = new HashSet<>();
        collect(call.path(), ids);
        call.query().values().forEach(values -> values.forEach(v -> collect(v, ids)));
        collect(call.requestBody(), ids);
        collect(call.responseBody(), ids);
        boolean grew = true;
        while (grew) {
            int size = ids.size();
            for (Experiment e : all.experiments()) {
                if (ids.contains(e.id())) {
                    ids.add(e.featureFlagId());
                    for (Allocation a : e.allocations()) {
                        ids.add(a.variationId());
                        if (a.segmentId() != null) {
                            ids.add(a.segmentId());
                        }
                    }
                }
            }
            all.variations().forEach(v -> {
                if (ids.contains(v.id()) || ids.contains(v.featureFlagId())) {
                    ids.add(v.featureFlagId());
                    ids.add(v.id());
                }
            });
            grew = ids.size() > size;
        }
        return new EngineState(
                all.featureFlags().stream().filter(f -> ids.contains(f.id())).toList(),
                all.variations().stream().filter(v -> ids.contains(v.id())).toList(),
                all.segments().stream().filter(s -> ids.contains(s.id())).toList(),
                all.experiments().stream().filter(e -> ids.contains(e.id())).toList());
    }

    /** A page of records: an object whose only arrays are lists of objects with ids. */
    private static boolean isList(JsonNode body) {
        if (body == null) {
            return false;
        }
        if (body.isArray()) {
            return true;
        }
        for (String kind : List.of("experiments", "feature_flags", "variations", "segments")) {
            if (body.path(kind).isArray()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            collect(node.asText(), ids);
        }
        node.forEach(child -> collect(child, ids));
    }

    private static void collect(String text, Set<String> ids) {
        Matcher m = Ids.ANYWHERE.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
    }
}
