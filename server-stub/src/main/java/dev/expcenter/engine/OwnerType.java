package dev.expcenter.engine;

/**
 * The {@code type} of a feature flag or segment: who made it. Everything created through the
 * engine is {@link #SELF} (the create commands carry no type); {@link #AUTH0} entities come only
 * from loaded state or built-in data, and are read-only.
 */
public enum OwnerType {
    /** Made and managed by Auth0 (catalog items). */
    AUTH0,
    /** Made by the customer. */
    SELF;

    /** The wire value, e.g. {@code "self"}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type for a wire value; {@link IllegalArgumentException} if there is none. */
    public static OwnerType fromWire(String wire) {
        return Wire.parse(OwnerType.class, wire);
    }
}
