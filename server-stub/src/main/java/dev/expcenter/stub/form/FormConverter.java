package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.expcenter.stub.form.FormFields.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an {@code application/x-www-form-urlencoded} body into the JSON document it stands for, typed
 * by the operation's request body schema, so that the stub binds it and the mock validates it exactly
 * as they do JSON. Shared by both, so a form gets the same answer from each.
 *
 * <ul>
 *   <li>{@code name=x} is a property, {@code assignment_config[subject]=device} a nested object,
 *       {@code allocations[0][weight]=50} an array of objects; {@code rules[0][match][country][]=FR}
 *       (or {@code ...[country]=FR}, repeatable) an array of values. Indices run from 0 without gaps.</li>
 *   <li>Leaves take the schema's type: strings stay strings, integers and numbers are read as JSON
 *       reads them, booleans are {@code true}/{@code false}; {@code oneOf}/{@code anyOf} take the first
 *       branch the value fits. Text a type cannot read stays a string, so the answer is the JSON one.</li>
 *   <li>An empty value is {@code null} where the schema is nullable, else an empty object or array for
 *       those types, else the empty string.</li>
 *   <li>A free-form value (a flag parameter's {@code value}) is a string, unless its sibling
 *       {@code type} field names a JSON type: then it is read as that type.</li>
 *   <li>A body with no field at all is no body ({@code null}), as an empty JSON body is.</li>
 * </ul>
 */
public final class FormConverter {
    /** The form media type, as {@code @Consumes} and the spec write it. */
    public static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

    private FormConverter() {
    }

    /**
     * The JSON tree of {@code body} typed by {@code schema} (a JSON schema tree whose {@code $ref}s
     * point into itself; null types nothing: every value a string).
     *
     * @throws FormBodyException for what no JSON document can say: malformed encoding or keys, gaps
     *         in array indices, a repeated key where the schema wants one value
     */
    public static JsonNode toTree(byte[] body, JsonNode schema) {
        List<Field> fields = FormFields.parse(body);
        if (fields.isEmpty()) {
            return NullNode.getInstance();
        }
        return TreeTyping.typed(RawTree.build(fields), SchemaView.of(schema));
    }

    /**
     * The top-level properties {@code body} sends, in order ({@code description} for
     * {@code description=}): what a PATCH must tell apart from properties it leaves out, as a JSON
     * body's top-level names do.
     *
     * @throws FormBodyException as {@link #toTree} does for malformed encoding or keys
     */
    public static Set<String> propertyNames(byte[] body) {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : FormFields.parse(body)) {
            names.add(RawTree.segments(field.key()).get(0));
        }
        return names;
    }

    /** Whether a {@code Content-Type} value is the form media type (parameters such as a charset aside). */
    public static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.toLowerCase(Locale.ROOT).equals(MEDIA_TYPE);
    }
}
