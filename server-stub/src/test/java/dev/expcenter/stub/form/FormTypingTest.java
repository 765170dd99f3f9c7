package dev.expcenter.stub.form;

import static dev.expcenter.stub.form.FormConverterTest.EXPERIMENT;
import static dev.expcenter.stub.form.FormConverterTest.convert;
import static dev.expcenter.stub.form.FormConverterTest.failure;
import static dev.expcenter.stub.form.FormConverterTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leaves typed by the schema: numbers, booleans, nulls, empty values, free-form values, oneOf branches. */
class FormTypingTest {
    /** A flag-like schema: parameters by name, each a type and a free-form value. */
    private static final String FLAG = """
            {"type": "object", "properties": {
               "description": {"type": "string", "nullable": true},
               "ratio": {"type": "number"},
               "labels": {"type": "array", "nullable": true, "items": {"type": "string"}},
               "parameters": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                 "type": {"type": "string", "enum": ["string", "boolean", "number", "array", "object"]},
                 "value": {"description": "free-form"}}}}}}""";
    private static final String ONE_OF = """
            {"type": "object", "properties": {
               "limit": {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["none"]}]},
               "condition": {"anyOf": [
                 {"type": "object", "additionalProperties": false,
                  "properties": {"values": {"type": "array", "items": {"type": "integer"}}}},
                 {"type": "object", "additionalProperties": false, "properties": {"pattern": {"type": "string"}}}]},
               "mixed": {"type": "object", "properties": {"n": {"type": "integer"}},
                         "oneOf": [{"required": ["n"]}, {"required": ["m"]}]}}}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "allocations[0][weight]=50      | /allocations/0/weight     | 50",
        "allocations[0][weight]=-3      | /allocations/0/weight     | -3",
        "allocations[0][weight]=abc     | /allocations/0/weight     | \"abc\"",
        "allocations[0][weight]=%2B1    | /allocations/0/weight     | \"+1\"",
        "allocations[0][weight]=050     | /allocations/0/weight     | \"050\"",
        "allocations[0][weight]=        | /allocations/0/weight     | \"\"",
        "allocations[0][weight]=1.5     | /allocations/0/weight     | 1.5",
        "allocations[0][is_control]=true  | /allocations/0/is_control | true",
        "allocations[0][is_control]=false | /allocations/0/is_control | false",
        "allocations[0][is_control]=yes   | /allocations/0/is_control | \"yes\"",
        "allocations[0][variation_id]=42  | /allocations/0/variation_id | \"42\"",
        "name=true                        | /name                     | \"true\"",
        "colour=red                       | /colour                   | \"red\""})
    void leavesShouldTakeTheSchemaTypeOrStayTheTextJsonWouldRefuse(String form, String pointer, String expected) {
        assertThat(convert(form, EXPERIMENT).at(pointer)).isEqualTo(json(expected));
    }

    @Test
    void numbersShouldBeReadAsJsonReadsThem() {
        JsonNode ratio = convert("ratio=0.10", FLAG).get("ratio");

        assertThat(ratio.isBigDecimal()).isTrue();
        assertThat(ratio.decimalValue()).isEqualByComparingTo("0.10");
        assertThat(convert("ratio=1e2", FLAG).get("ratio").isNumber()).isTrue();
        assertThat(convert("ratio=12", FLAG).get("ratio").isInt()).isTrue();
    }

    @Test
    void emptyValuesShouldBeNullWhereNullableAndEmptyObjectsOrArraysOtherwise() {
        assertThat(convert("description=", FLAG).get("description").isNull()).isTrue();
        assertThat(convert("labels=", FLAG).get("labels").isNull()).isTrue();
        assertThat(convert("labels=a", FLAG).get("labels")).isEqualTo(json("[\"a\"]"));
        assertThat(convert("parameters=", FLAG).get("parameters")).isEqualTo(json("{}"));
        assertThat(convert("tags=", EXPERIMENT).get("tags")).isEqualTo(json("[]"));
        assertThat(convert("name=", EXPERIMENT).get("name")).isEqualTo(json("\"\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "parameters[p][type]=boolean&parameters[p][value]=false | false",
        "parameters[p][value]=true&parameters[p][type]=boolean  | true",
        "parameters[p][type]=number&parameters[p][value]=1.5    | 1.5",
        "parameters[p][type]=number&parameters[p][value]=many   | \"many\"",
        "parameters[p][type]=string&parameters[p][value]=true   | \"true\"",
        "parameters[p][value]=true                              | \"true\"",
        "parameters[p][type]=array&parameters[p][value][]=a&parameters[p][value][]=b | [\"a\", \"b\"]",
        "parameters[p][type]=array&parameters[p][value]=a&parameters[p][value]=b     | [\"a\", \"b\"]",
        "parameters[p][type]=array&parameters[p][value]=        | []",
        "parameters[p][type]=object&parameters[p][value][k]=v   | {\"k\": \"v\"}",
        "parameters[p][type]=object&parameters[p][value][0]=v   | {\"0\": \"v\"}",
        "parameters[p][type]=object&parameters[p][value]=       | {}",
        "parameters[p][value][0]=a&parameters[p][value][1]=b    | [\"a\", \"b\"]",
        "parameters[p][value][k][n]=1                           | {\"k\": {\"n\": \"1\"}}"})
    void freeFormValuesShouldBeTextUnlessTheSiblingTypeSaysOtherwise(String form, String expected) {
        assertThat(convert(form, FLAG).at("/parameters/p/value")).isEqualTo(json(expected));
    }

    @Test
    void aRepeatedFreeFormValueShouldNeedTheArrayType() {
        FormBodyException e = failure("parameters[p][type]=boolean&parameters[p][value]=a&parameters[p][value]=b", FLAG);

        assertThat(e.what()).isEqualTo("Expected type boolean but found type array");
        assertThat(e.property()).isEqualTo("parameters.p.value");
        assertThat(failure("parameters[p][value]=a&parameters[p][value]=b", FLAG).what())
                .isEqualTo("Expected type string but found type array");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=5                                  | /limit     | 5",
        "limit=none                               | /limit     | \"none\"",
        "limit=lots                               | /limit     | \"lots\"",
        "condition[values][]=1&condition[values][]=2 | /condition | {\"values\": [1, 2]}",
        "condition[pattern]=^a                    | /condition | {\"pattern\": \"^a\"}",
        "condition[values][]=x                    | /condition | {\"values\": [\"x\"]}",
        "mixed[n]=7                               | /mixed     | {\"n\": 7}"})
    void oneOfAndAnyOfShouldTakeTheFirstBranchTheValueFits(String form, String pointer, String expected) {
        assertThat(convert(form, ONE_OF).at(pointer)).isEqualTo(json(expected));
    }

    @Test
    void referencesShouldResolveInsideTheSchemaTree() {
        assertThat(convert("allocations[0][weight]=7&allocations[0][is_control]=true", EXPERIMENT).get("allocations"))
                .isEqualTo(json("[{\"weight\": 7, \"is_control\": true}]"));
        assertThat(convert("x[weight]=7", "{\"properties\": {\"x\": {\"$ref\": \"#/nowhere\"}}}").at("/x/weight"))
                .isEqualTo(json("\"7\""));
    }
}
