package dev.expcenter.mock.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A spec path template, e.g. {@code /experimentation/experiments/{id}}, matched segment by segment
 * against a concrete path: a literal must be equal, a {@code {name}} part takes at least one
 * character of its segment. Only for requests Jersey did not match to a resource method of the
 * spec's own template (the example catch-all, answers given before matching).
 */
final class PathTemplate {
    /** One segment: literal text and parameters, alternating, starting and ending with literal text (maybe empty). */
    private record Segment(List<String> literals) {
        boolean matches(String segment) {
            if (literals.size() == 1) {
                return literals.get(0).equals(segment);
            }
            String first = literals.get(0);
            String last = literals.get(literals.size() - 1);
            if (!segment.startsWith(first) || !segment.endsWith(last)) {
                return false;
            }
            int at = first.length();
            int end = segment.length() - last.length();
            for (int i = 1; i < literals.size() - 1; i++) {
                int found = segment.indexOf(literals.get(i), at + 1);
                if (found < 0 || found + literals.get(i).length() > end) {
                    return false;
                }
                at = found + literals.get(i).length();
            }
            return end - at >= 1; // the last parameter takes at least one character
        }
    }

    private final List<Segment> segments;
    private final int literalChars;

    private PathTemplate(List<Segment> segments, int literalChars) {
        this.segments = List.copyOf(segments);
        this.literalChars = literalChars;
    }

    static PathTemplate of(String template) {
        List<Segment> segments = new ArrayList<>();
        int literalChars = 0;
        for (String segment : split(template)) {
            List<String> literals = new ArrayList<>();
            int at = 0;
            while (true) {
                int open = segment.indexOf('{', at);
                int close = open < 0 ? -1 : segment.indexOf('}', open);
                if (close < 0) {
                    literals.add(segment.substring(at));
                    break;
                }
                literals.add(segment.substring(at, open));
                at = close + 1;
            }
            literalChars += 1 + literals.stream().mapToInt(String::length).sum(); // its slash and its text
            segments.add(new Segment(literals));
        }
        return new PathTemplate(segments, literalChars);
    }

    /** Whether {@code path} (relative to the API root, with a leading slash; one trailing slash allowed) fits. */
    boolean matches(String path) {
        List<String> parts = split(path);
        if (parts.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!segments.get(i).matches(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Characters outside parameters, slashes included: the more, the more specific (a literal template wins over a templated one). */
    int literalChars() {
        return literalChars;
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int slash = trimmed.indexOf('/', at);
            if (slash < 0) {
                parts.add(trimmed.substring(at));
                return parts;
            }
            parts.add(trimmed.substring(at, slash));
            at = slash + 1;
        }
    }
}
