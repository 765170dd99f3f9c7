package dev.expcenter.mock.pact;

import dev.expcenter.engine.IdKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The API's ids: a kind's prefix and Base58 characters (the spec's id patterns). */
final class Ids {
    static final String BASE58 = "[A-HJ-NP-Za-km-z1-9]+";
    private static final String PREFIXES = Arrays.stream(IdKind.values()).map(k -> Pattern.quote(k.prefix()))
            .collect(Collectors.joining("|", "(?:", ")"));
    static final Pattern ANYWHERE = Pattern.compile("(?<![A-Za-z0-9_])" + PREFIXES + BASE58 + "(?![A-Za-z0-9_])");
    private static final Pattern WHOLE = Pattern.compile(PREFIXES + BASE58);

    private Ids() {
    }

    /** The regular expression of the id's kind, when {@code text} is an id: {@code ^exp_[...]+$}. */
    static Optional<String> patternOf(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of("^" + text.substring(0, text.indexOf('_') + 1) + BASE58 + "$");
    }

    /** {@code text} as a regular expression in which each id stands for any id of its kind. */
    static String anyIds(String text) {
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher m = ANYWHERE.matcher(text);
        int last = 0;
        while (m.find()) {
            regex.append(literal(text.substring(last, m.start())));
            regex.append(m.group(), 0, m.group().indexOf('_') + 1).append(BASE58);
            last = m.end();
        }
        return regex.append(literal(text.substring(last))).toString();
    }

    /** {@code text} matched literally, in the syntax every Pact verifier's regular expressions share (no {@code \Q}). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
