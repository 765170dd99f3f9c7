package dev.expcenter.mock.session;

import java.util.regex.Pattern;

/** A session name: 1 to 64 characters of {@code [A-Za-z0-9._-]}, so it is safe in logs and URLs. */
final class SessionName {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private SessionName() {
    }

    static String check(String name) {
        if (!VALID.matcher(name).matches()) {
            throw new InvalidSessionException(name);
        }
        return name;
    }
}
