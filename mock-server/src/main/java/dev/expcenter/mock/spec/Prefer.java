package dev.expcenter.mock.spec;

import java.util.List;
import java.util.Locale;

/**
 * The preferences of a {@code Prefer} header that the mock honours, as Prism reads them:
 * {@code code=404}, {@code example=name}, {@code delay=800} (ms), comma-separated or in several
 * headers. Other preferences are ignored (RFC 7240).
 *
 * @param code the status to answer, or null
 * @param example the example to answer, or null
 * @param delay the delay in ms, or null
 * @param invalid a description of a malformed value, or null
 */
record Prefer(Integer code, String example, Long delay, String invalid) {
    /** The longest delay honoured. */
    static final long MAX_DELAY_MS = 30_000;
    static final Prefer NONE = new Prefer(null, null, null, null);

    static Prefer parse(List<String> headers) {
        if (headers == null || headers.isEmpty()) {
            return NONE;
        }
        Integer code = null;
        String example = null;
        Long delay = null;
        for (String header : headers) {
            for (String part : header.split("[,;]")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                switch (key) {
                    case "code" -> {
                        if (!value.matches("[1-5]\\d\\d")) {
                            return invalid("code must be an HTTP status, got '" + value + "'");
                        }
                        code = Integer.parseInt(value);
                    }
                    case "example" -> {
                        if (value.isEmpty()) {
                            return invalid("example must name an example");
                        }
                        example = value;
                    }
                    case "delay" -> {
                        if (!value.matches("\\d{1,9}") || Long.parseLong(value) > MAX_DELAY_MS) {
                            return invalid("delay must be a number of milliseconds within 0.." + MAX_DELAY_MS + ", got '" + value + "'");
                        }
                        delay = Long.parseLong(value);
                    }
                    default -> {
                        // Not ours: ignored, as RFC 7240 asks.
                    }
                }
            }
        }
        return new Prefer(code, example, delay, null);
    }

    private static Prefer invalid(String reason) {
        return new Prefer(null, null, null, reason);
    }

    boolean forcesResponse() {
        return code != null || example != null;
    }
}
