package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares our spec with Auth0's OpenAPI document operation by operation (matched by method and path, path
 * parameter names aside) and lists every Difference, {@code <METHOD> <path as in Auth0's doc> <location>: <kind>},
 * for example {@code POST /experimentation/experiments/{id}/status responses.409: added}.
 */
final class Auth0Conformance {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private Auth0Conformance() {
    }

    /** The sorted Differences between Auth0's document and ours. */
    static List<String> differences(Path auth0Document, Path ourSpec) throws IOException {
        SpecDocument auth0 = SpecDocument.read(auth0Document);
        SpecDocument ours = SpecDocument.read(ourSpec);
        OperationComparator comparator = new OperationComparator(auth0, ours);
        Map<String, Operation> ourOperations = operations(ours);
        SortedSet<String> differences = new TreeSet<>();
        for (Operation a : operations(auth0).values()) {
            Operation o = ourOperations.remove(a.matchKey());
            if (o == null) {
                differences.add(a.key() + ": missing");
            } else {
                comparator.compare(a, o, new Findings(a.key(), differences));
            }
        }
        ourOperations.values().forEach(o -> differences.add(o.key() + ": added"));
        return new ArrayList<>(differences);
    }

    /** A document's operations keyed by {@link Operation#matchKey()}. */
    private static Map<String, Operation> operations(SpecDocument document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.root().path("paths").properties().forEach(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                if (item.has(method)) {
                    Operation operation = new Operation(method, path.getKey(), item, item.get(method));
                    operations.put(operation.matchKey(), operation);
                }
            }
        });
        return operations;
    }
}
