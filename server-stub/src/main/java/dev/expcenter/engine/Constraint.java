package dev.expcenter.engine;

/**
 * The JSON-schema keyword an input broke, as the engine reports it in an {@link Rule#INVALID_PROPERTY}
 * or {@link Rule#INVALID_QUERY}: the edge words every finder's verdict (the engine's, the stub's bean
 * validation, the mock's schema check) from these, so one bad value reads alike wherever it is found.
 */
public enum Constraint {
    /** A required property is absent; the bound is the property's name. */
    REQUIRED,
    /** A property the schema does not declare; the bound is its name. */
    ADDITIONAL_PROPERTIES,
    /** The value is not of the schema's type; the bound is the expected type. */
    TYPE,
    /** The value is not one of the allowed ones; the bound is the list of allowed values. */
    ENUM,
    MINIMUM,
    MAXIMUM,
    MIN_LENGTH,
    MAX_LENGTH,
    MIN_ITEMS,
    MAX_ITEMS,
    MIN_PROPERTIES,
    MAX_PROPERTIES,
    /** The bound is the regular expression. */
    PATTERN,
    UNIQUE_ITEMS,
    /** The value matches none of the schema's alternatives. */
    ONE_OF,
    /** The bound is the format's name. */
    FORMAT,
    /** A cursor naming no item; the value is the id. */
    KNOWN_ID,
    /** The body is not JSON at all. */
    JSON
}
