package dev.expcenter.stub.error;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a catalogue message: each {@code {name}} becomes the value of that name, a list its items
 * joined by {@code ", "}, a fractional number without trailing zeros ({@code 90.0} as {@code 90}).
 * A name without a value stays as written, so a missing detail shows instead of vanishing.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Templates() {
    }

    static String fill(String template, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fill(template, values);
    }

    static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(match -> Matcher.quoteReplacement(values.containsKey(match.group(1))
                ? text(values.get(match.group(1))) : match.group()));
    }

    /** A value as messages show it. */
    static String text(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(Templates::text).collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
