package dev.expcenter.stub.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form syntax: decoding, bracket notation, arrays, and the errors no JSON document can have. */
class FormConverterTest {
    /** Decimals as the converter makes them (and the mock's JSON reader reads them): exact. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** An experiment-like schema, with a $ref into components as the spec's trees carry them. */
    static final String EXPERIMENT = """
            {"type": "object", "additionalProperties": false, "properties": {
               "name": {"type": "string"},
               "assignment_config": {"type": "object", "properties": {"subject": {"type": "string"}}},
               "allocations": {"type": "array", "items": {"$ref": "#/components/schemas/Allocation"}},
               "tags": {"type": "array", "items": {"type": "string"}}},
             "components": {"schemas": {"Allocation": {"type": "object", "properties": {
               "variation_id": {"type": "string"}, "weight": {"type": "integer"}, "is_control": {"type": "boolean"}}}}}}""";

    static JsonNode convert(String form, String schema) {
        try {
            return FormConverter.toTree(form.getBytes(StandardCharsets.UTF_8), schema == null ? null : JSON.readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormBodyException failure(String form, String schema) {
        return catchThrowableOfType(FormBodyException.class, () -> convert(form, schema));
    }

    @Test
    void flatKeysShouldBeDecodedPropertiesWithPlusAsSpace() {
        assertThat(convert("name=Passkey+prompt%20on+login%21%2B&subject=caf%C3%A9&raw=日本", null))
                .isEqualTo(json("{\"name\": \"Passkey prompt on login!+\", \"subject\": \"café\", \"raw\": \"日本\"}"));
    }

    @Test
    void bracketsShouldNestObjectsAndIndexedArraysInIndexOrder() {
        JsonNode tree = convert("name=x&assignment_config%5Bsubject%5D=device"
                + "&allocations[1][variation_id]=var_b&allocations[1][weight]=50&allocations[1][is_control]=false"
                + "&allocations[0][variation_id]=var_a&allocations[0][weight]=50&allocations[0][is_control]=true", EXPERIMENT);

        assertThat(tree).isEqualTo(json("""
                {"name": "x", "assignment_config": {"subject": "device"}, "allocations": [
                  {"variation_id": "var_a", "weight": 50, "is_control": true},
                  {"variation_id": "var_b", "weight": 50, "is_control": false}]}"""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tags[]=a&tags[]=b | [\"a\", \"b\"]",
        "tags=a&tags=b     | [\"a\", \"b\"]",
        "tags=a            | [\"a\"]",
        "tags[0]=a&tags[]=b | [\"a\", \"b\"]",
        "tags=             | []"})
    void arraysOfValuesShouldTakeAppendsRepeatsAndIndices(String form, String expected) {
        assertThat(convert(form, EXPERIMENT).get("tags")).isEqualTo(json(expected));
    }

    @Test
    void appendedObjectsShouldEachBeANewElement() {
        assertThat(convert("allocations[][weight]=10&allocations[][weight]=90", EXPERIMENT).get("allocations"))
                .isEqualTo(json("[{\"weight\": 10}, {\"weight\": 90}]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "allocations[0][weight]=1&allocations[2][weight]=1 | Missing array index 1       | allocations",
        "allocations[1][weight]=1                          | Missing array index 0       | allocations",
        "allocations[x][weight]=1                          | Invalid array index: x      | allocations",
        "allocations[01][weight]=1                         | Invalid array index: 01     | allocations",
        "tags[0]=a&tags[5]=b                               | Missing array index 1       | tags",
        "name=a&name=b                                     | Expected type string but found type array | name",
        "assignment_config=a&assignment_config[subject]=b  | Value and nested fields both given | assignment_config",
        "a[b=1                                             | Invalid form key: a[b       | ''",
        "a[b]c=1                                           | Invalid form key: a[b]c     | ''",
        "=1                                                | Invalid form key:           | ''",
        "[a]=1                                             | Invalid form key: [a]       | ''",
        "name=%zz                                          | Invalid form body           | ''",
        "name=%C3%28                                       | Invalid form body           | ''",
        "name=%4                                           | Invalid form body           | ''"})
    void malformedFormsShouldFailNamingWhatAndWhere(String form, String what, String property) {
        FormBodyException e = failure(form, EXPERIMENT);

        assertThat(e).as(form).isNotNull();
        assertThat(e.what().trim()).isEqualTo(what);
        assertThat(e.property()).isEqualTo(property);
    }

    @Test
    void aMessageShouldNameTheProperty() {
        assertThat(failure("allocations[0][weight]=1&allocations[2][weight]=1", EXPERIMENT))
                .hasMessage("Missing array index 1 on property allocations");
    }

    @Test
    void jsonSentAsAFormShouldBeAnErrorThatSaysSo() {
        assertThat(failure("  {\"status\": \"paused\"}", null).what())
                .isEqualTo("Invalid form body, JSON needs Content-Type application/json");
    }

    @Test
    void keysNestedDeeperThanJsonMayBeShouldBeRefused() {
        assertThat(failure("a" + "[b]".repeat(RawTree.MAX_DEPTH) + "=1", null).what())
                .isEqualTo("Form key nested deeper than 1000 levels");
        assertThat(convert("a" + "[b]".repeat(RawTree.MAX_DEPTH - 1) + "=1", null).at("/a/b/b").isObject()).isTrue();
    }

    @Test
    void anEmptyFormShouldBeNoBodyAndEmptyPairsAndATrailingNewlineIgnored() {
        assertThat(convert("", EXPERIMENT).isNull()).isTrue();
        assertThat(convert(" &&\n", EXPERIMENT).isNull()).isTrue();
        assertThat(convert("&name=x&&flag\n", null)).isEqualTo(json("{\"name\": \"x\", \"flag\": \"\"}"));
    }

    @Test
    void propertyNamesShouldBeTheTopLevelKeysSentEmptyOnesIncluded() {
        assertThat(FormConverter.propertyNames(utf8("description=&allocations[0][weight]=1&allocations[1][weight]=2&name=x")))
                .containsExactly("description", "allocations", "name");
        assertThat(FormConverter.propertyNames(utf8(""))).isEmpty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void contentTypesShouldBeMatchedWithoutCaseOrParameters() {
        assertThat(FormConverter.isForm("Application/X-WWW-Form-Urlencoded; charset=UTF-8")).isTrue();
        assertThat(FormConverter.isForm("application/json")).isFalse();
        assertThat(FormConverter.isForm(null)).isFalse();
    }
}
