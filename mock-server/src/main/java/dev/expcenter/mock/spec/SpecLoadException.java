package dev.expcenter.mock.spec;

/** A spec text that cannot be used: not YAML/JSON, or the parser reported problems. */
public final class SpecLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with the reason a reader can act on. */
    public SpecLoadException(String reason) {
        super(reason);
    }

    /** A failure caused by {@code cause}. */
    public SpecLoadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
