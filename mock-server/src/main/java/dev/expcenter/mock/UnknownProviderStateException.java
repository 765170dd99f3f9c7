package dev.expcenter.mock;

/** Thrown by a {@link ProviderStateHandler} for a state it does not know; answered with a 400 naming it. */
public final class UnknownProviderStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String state;

    /** For the unknown {@code state}. */
    public UnknownProviderStateException(String state) {
        super("Unknown provider state: '" + state + "'");
        this.state = state;
    }

    /** The state name that was asked for. */
    public String state() {
        return state;
    }
}
