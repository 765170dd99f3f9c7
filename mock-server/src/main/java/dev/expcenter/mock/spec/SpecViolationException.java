package dev.expcenter.mock.spec;

/** Thrown in {@link Strictness#FAIL} mode when a response breaks the spec. */
public final class SpecViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The violation that was seen. */
    public SpecViolationException(SpecViolation violation) {
        super("Response breaks the spec: " + violation);
    }
}
