package dev.expcenter.stub.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A form's fields as an untyped tree, before the schema is consulted: a key given once or more
 * holds its {@link Texts}; a key with brackets below it holds {@link Fields}. Whether {@code [0]} is
 * an array index or a map key is left to the schema ({@code parameters[0]} may name a parameter).
 */
sealed interface RawNode permits RawNode.Texts, RawNode.Fields {
    /** Canonical array indices: no sign, no leading zero, within an {@code int}. */
    Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** The values of a flat key, in the order sent (more than one when the key was repeated). */
    record Texts(List<String> values) implements RawNode {
        Texts(String first) {
            this(new ArrayList<>(List.of(first)));
        }
    }

    /** The bracketed keys below a key, in the order first sent. */
    final class Fields implements RawNode {
        private final Map<String, RawNode> children = new LinkedHashMap<>();
        private int nextIndex;

        Map<String, RawNode> children() {
            return children;
        }

        RawNode get(String key) {
            return children.get(key);
        }

        void put(String key, RawNode child) {
            children.put(key, child);
            if (INDEX.matcher(key).matches()) {
                nextIndex = Math.max(nextIndex, Integer.parseInt(key) + 1);
            }
        }

        /** The key {@code []} stands for: the next index after the highest one so far, as in PHP. */
        String appendKey() {
            return String.valueOf(nextIndex);
        }

        /** Whether every key is an array index (gaps are found later, where the error can name them). */
        boolean allIndices() {
            return !children.isEmpty() && children.keySet().stream().allMatch(key -> INDEX.matcher(key).matches());
        }

        /** The text of a {@code type} field sent once, which types a free-form sibling; else null. */
        String typeField() {
            return children.get("type") instanceof Texts texts && texts.values().size() == 1 ? texts.values().get(0) : null;
        }
    }
}
