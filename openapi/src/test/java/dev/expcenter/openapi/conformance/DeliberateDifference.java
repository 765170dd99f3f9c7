package dev.expcenter.openapi.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A row of the table under {@value #HEADING} in {@code openapi/README.md}: a pattern matched against whole
 * Difference strings, where {@code *} matches any run of characters, and the reason the difference is kept.
 */
final class DeliberateDifference {

    static final String HEADING = "## Deliberate differences from Auth0's document";

    private final String pattern;
    private final String reason;
    private final Pattern regex;

    private DeliberateDifference(String pattern, String reason) {
        this.pattern = pattern;
        this.reason = reason;
        this.regex = Pattern.compile(Arrays.stream(pattern.split("\\*", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }

    String pattern() {
        return pattern;
    }

    boolean matches(String difference) {
        return regex.matcher(difference).matches();
    }

    /** The table's rows; a row without a pattern in backticks or without a reason is an error. */
    static List<DeliberateDifference> readFrom(Path readme) throws IOException {
        List<DeliberateDifference> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## ")) {
                inSection = line.equals(HEADING);
            } else if (inSection && line.startsWith("|") && !isHeaderOrRule(line)) {
                rows.add(parse(line));
            }
        }
        return rows;
    }

    private static boolean isHeaderOrRule(String row) {
        return row.startsWith("| difference ") || row.matches("[|:\\- ]+");
    }

    private static DeliberateDifference parse(String row) {
        String[] cells = row.split("\\|", -1);
        String first = cells.length > 2 ? cells[1].strip() : "";
        String reason = cells.length > 2 ? cells[2].strip() : "";
        if (first.length() < 3 || !first.startsWith("`") || !first.endsWith("`") || reason.isEmpty()) {
            throw new IllegalArgumentException(
                    "Not a `| `pattern` | reason |` row under \"" + HEADING + "\": " + row);
        }
        return new DeliberateDifference(first.substring(1, first.length() - 1), reason);
    }

    @Override
    public String toString() {
        return "`" + pattern + "` (" + reason + ")";
    }
}
