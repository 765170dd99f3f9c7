package dev.expcenter.stub.states;

import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.IdKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The parameters a consumer sent with a provider state, read strictly: an unknown name or a bad value
 * is an {@link IllegalArgumentException} that says which parameter and why, so a consumer's typo
 * fails verification loudly instead of silently getting a default.
 */
final class StateParams {
    private static final String BASE58 = "[A-HJ-NP-Za-km-z1-9]+";
    /** Auth0's name pattern (no NUL, no white space at either end, no line break); length apart. */
    private static final Pattern NAME = Pattern.compile("^(?!.*\\x00)\\S(.*\\S)?$");

    private final String state;
    private final Map<String, Object> values;
    private final IdGenerator ids;

    StateParams(String state, Map<String, Object> values, IdGenerator ids, Set<String> known) {
        this.state = state;
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
        this.ids = ids;
        Set<String> unknown = new TreeSet<>(this.values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw bad("unknown parameter(s) " + unknown + "; known: " + new TreeSet<>(known));
        }
    }

    /** The id sent under {@code name} (checked against the id pattern), else a fresh one. */
    String id(String name, IdKind kind) {
        Object value = values.get(name);
        if (value == null) {
            return ids.next(kind);
        }
        String id = value.toString();
        if (!Pattern.matches(Pattern.quote(kind.prefix()) + BASE58, id)) {
            throw bad(name + " '" + id + "' is not a valid id: " + kind.prefix() + " and Base58 characters");
        }
        return id;
    }

    /** The value sent under {@code name} as it came (a list, a map, text...), or null. */
    Object raw(String name) {
        return values.get(name);
    }

    /** Whether the consumer sent {@code name}. */
    boolean has(String name) {
        return values.get(name) != null;
    }

    /** A fresh id of this kind. */
    String fresh(IdKind kind) {
        return ids.next(kind);
    }

    /** The ids sent under {@code name} (a JSON array or comma-separated text, at least {@code count}), else {@code count} fresh ones. */
    List<String> ids(String name, IdKind kind, int count) {
        Object value = values.get(name);
        if (value == null) {
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                fresh.add(ids.next(kind));
            }
            return fresh;
        }
        List<?> raw = value instanceof List<?> list ? list : Arrays.asList(value.toString().split("\\s*,\\s*"));
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            checked.add(new StateParams(state, Map.of(name, raw.get(i)), ids, Set.of(name)).id(name, kind));
        }
        if (checked.size() < count) {
            throw bad(name + " needs at least " + count + " ids; has " + checked.size());
        }
        return checked;
    }

    /**
     * The name sent under {@code name}, else {@code fallback}: Auth0's rule for names, 3 to 255
     * characters without NUL or leading or trailing white space, as the API would accept it.
     */
    String name(String name, String fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        String text = value.toString();
        if (!NAME.matcher(text).matches() || text.length() < 3 || text.length() > 255) {
            throw bad(name + " '" + text + "' must be 3 to 255 characters without NUL or leading or trailing"
                    + " white space");
        }
        return text;
    }

    /** The whole number sent under {@code name} (a JSON number or its text) within min..max, else {@code fallback}. */
    int integer(String name, int fallback, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? n.intValue() : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw bad(name + " '" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw bad(name + " " + number + " is outside " + min + ".." + max);
        }
        return number;
    }

    /** The wire value sent under {@code name} parsed by {@code parse}, else {@code fallback}. */
    <E extends Enum<E>> E choice(String name, Class<E> type, Function<String, E> parse, E fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.toString());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
            throw bad(name + " '" + value + "' is not one of " + allowed);
        }
    }

    IllegalArgumentException bad(String what) {
        return new IllegalArgumentException("Provider state '" + state + "': " + what);
    }
}
