package dev.expcenter.engine;

/**
 * The limits the engine enforces, stated once. Each is a limit of the spec ({@code openapi/openapi.yaml}):
 * a schema keyword or an operation's description; {@code LimitsTest} reads the spec and holds each
 * constant to it.
 */
public final class Limits {
    /** {@code take} when a list request sends none (the parameter's {@code default}). */
    public static final int DEFAULT_TAKE = 25;
    /** The largest {@code take} (the parameter's {@code maximum}). */
    public static final int MAX_TAKE = 50;
    /** Allocations per experiment (above it: {@code experiment_too_many_allocations}). */
    public static final int MAX_ALLOCATIONS = 20;
    /** Variations per feature flag (above it: {@code feature_flag_variation_limit}). */
    public static final int MAX_VARIATIONS_PER_FLAG = 20;
    /** Variations a flag needs to be activated. */
    public static final int MIN_VARIATIONS_TO_ACTIVATE = 2;
    /** An allocation's largest weight (its {@code maximum}). */
    public static final int MAX_WEIGHT = 100;
    /** The UTF-8 bytes of a parameter's or override's compact JSON value ("1 KB"). */
    public static final int MAX_VALUE_BYTES = 1024;
    /** Attributes per {@code match} or {@code not_match} of a segment rule (its {@code maxProperties}). */
    public static final int MAX_CONDITION_ATTRIBUTES = 10;
    /** Characters of one condition value (its {@code maxLength}). */
    public static final int MAX_CONDITION_VALUE_LENGTH = 1024;

    private Limits() {
    }
}
