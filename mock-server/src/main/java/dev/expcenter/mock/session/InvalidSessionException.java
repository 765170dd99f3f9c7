package dev.expcenter.mock.session;

/** An {@code X-Mock-Session} value that is not a valid session name. */
public final class InvalidSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidSessionException(String name) {
        super("Invalid header " + SessionEngines.HEADER + ": '" + shorten(name)
                + "'; expected 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
    }

    private static String shorten(String name) {
        String printable = name.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
