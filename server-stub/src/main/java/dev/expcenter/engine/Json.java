package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, null-tolerant, order-keeping immutable copies of plain Java JSON values. */
final class Json {
    private Json() {
    }

    static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** An ordered immutable copy with each value mapped; null becomes empty; null values are kept. */
    static <V> Map<String, V> orderedCopy(Map<String, ? extends V> map, java.util.function.UnaryOperator<V> values) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, values.apply(v)));
        return Collections.unmodifiableMap(copy);
    }
}
