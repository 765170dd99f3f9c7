package dev.expcenter.stub.form;

import dev.expcenter.stub.form.FormFields.Field;
import dev.expcenter.stub.form.RawNode.Fields;
import dev.expcenter.stub.form.RawNode.Texts;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link RawNode} tree of a form's fields: {@code a=x}, {@code a[b]=x}, {@code a[0][b]=x}, {@code a[]=x}. */
final class RawTree {
    /** Deeper keys are refused: JSON bodies have the same bound (Jackson's default nesting depth). */
    static final int MAX_DEPTH = 1000;

    private RawTree() {
    }

    static Fields build(List<Field> fields) {
        Fields root = new Fields();
        for (Field field : fields) {
            List<String> segments = segments(field.key());
            Fields at = root;
            String path = "";
            for (int i = 0; i < segments.size(); i++) {
                String key = i > 0 && segments.get(i).isEmpty() ? at.appendKey() : segments.get(i);
                path = Paths.child(path, key);
                RawNode child = at.get(key);
                boolean last = i == segments.size() - 1;
                if (last && child == null) {
                    at.put(key, new Texts(field.value()));
                } else if (last && child instanceof Texts texts) {
                    texts.values().add(field.value());
                } else if (!last && child == null) {
                    Fields nested = new Fields();
                    at.put(key, nested);
                    at = nested;
                } else if (!last && child instanceof Fields nested) {
                    at = nested;
                } else {
                    // a=x&a[b]=y: no JSON document has both, so there is no JSON answer to copy.
                    throw new FormBodyException("Value and nested fields both given", path);
                }
            }
        }
        return root;
    }

    /** {@code a[b][0][]} as {@code a, b, 0, ""}; anything else with a bracket is malformed. */
    static List<String> segments(String key) {
        int open = key.indexOf('[');
        String name = open < 0 ? key : key.substring(0, open);
        if (name.isEmpty() || name.indexOf(']') >= 0) {
            throw invalidKey(key);
        }
        List<String> segments = new ArrayList<>();
        segments.add(name);
        int at = open < 0 ? key.length() : open;
        while (at < key.length()) {
            int close = key.indexOf(']', at);
            if (key.charAt(at) != '[' || close < 0 || key.indexOf('[', at + 1) >= 0 && key.indexOf('[', at + 1) < close) {
                throw invalidKey(key);
            }
            segments.add(key.substring(at + 1, close));
            if (segments.size() > MAX_DEPTH) {
                throw new FormBodyException("Form key nested deeper than " + MAX_DEPTH + " levels", "");
            }
            at = close + 1;
        }
        return segments;
    }

    private static FormBodyException invalidKey(String key) {
        String shown = key.length() <= 100 ? key : key.substring(0, 100) + "...";
        return new FormBodyException("Invalid form key: " + shown, "");
    }

    /** Property paths as the stub's and the mock's JSON errors write them: {@code allocations[0].weight}. */
    static final class Paths {
        private Paths() {
        }

        static String child(String parent, String key) {
            if (RawNode.INDEX.matcher(key).matches() && !parent.isEmpty()) {
                return parent + "[" + key + "]";
            }
            return parent.isEmpty() ? key : parent + "." + key;
        }

        static String index(String parent, int index) {
            return parent + "[" + index + "]";
        }

        static String property(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }
}
