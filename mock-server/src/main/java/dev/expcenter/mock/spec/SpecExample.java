package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One documented response body of an operation.
 *
 * @param name the example's name in the spec ({@code ""} for a lone {@code example})
 * @param value the body, or null when the response has none
 */
public record SpecExample(String name, JsonNode value) {
}
