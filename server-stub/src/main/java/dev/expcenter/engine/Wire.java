package dev.expcenter.engine;

import java.util.Locale;

final class Wire {
    private Wire() {
    }

    /** The wire value of a status: its name in lower case, e.g. {@code "draft"}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        if (wire == null || !wire.equals(wire.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + wire);
        }
        return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    }
}
