package dev.expcenter.mock.cors;

import java.util.List;

/**
 * Which browser origins may call the mock. An entry is an exact origin
 * ({@code https://app.example.com}), an origin with any port ({@code http://localhost:*}), or
 * {@code *} for any origin (then answered with a literal {@code *} and never with credentials).
 */
public final class CorsPolicy {
    private final List<String> origins;
    private final boolean any;

    /** A policy allowing {@code origins}. */
    public CorsPolicy(List<String> origins) {
        this.origins = List.copyOf(origins);
        this.any = origins.contains("*");
    }

    /** The {@code Access-Control-Allow-Origin} value for a request from {@code origin}, or null if not allowed. */
    public String allowOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        for (String allowed : origins) {
            if (!allowed.equals("*") && matches(allowed, origin)) {
                return origin;
            }
        }
        return any ? "*" : null;
    }

    private static boolean matches(String allowed, String origin) {
        if (allowed.endsWith(":*")) {
            String prefix = allowed.substring(0, allowed.length() - 1);
            return origin.equals(allowed.substring(0, allowed.length() - 2))
                    || origin.startsWith(prefix) && isPort(origin.substring(prefix.length()));
        }
        return allowed.equalsIgnoreCase(origin);
    }

    private static boolean isPort(String text) {
        return !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(Character::isDigit);
    }
}
