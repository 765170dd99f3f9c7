package dev.expcenter.stub.form;

/**
 * A form body that cannot become a JSON tree: what is wrong, worded like Auth0's payload errors
 * ({@code Missing array index 1}), and the property it is on ({@code allocations}, empty for the
 * body itself). The stub answers it as {@code 400 invalid_body}, the mock's request validation as the
 * same body problem.
 */
public final class FormBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final String property;

    FormBodyException(String what, String property) {
        super(property.isEmpty() ? what : what + " on property " + property, null, false, false);
        this.what = what;
        this.property = property;
    }

    /** The problem, without the property. */
    public String what() {
        return what;
    }

    /** Where it is, e.g. {@code allocations[0].weight}; empty for the whole body. */
    public String property() {
        return property;
    }
}
