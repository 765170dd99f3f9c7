package dev.expcenter.mock.spec;

/** What a response that breaks the spec does besides being logged and counted. */
public enum Strictness {
    /** Logged at ERROR and counted; the response goes out unchanged. The default. */
    LOG,
    /** Also replaced by a 500 {@code spec_violation}, so that a test cannot miss it. */
    FAIL;

    /**
     * The system property that selects {@link #FAIL} when set to {@code true}: the default of
     * {@code MockConfig}'s strictness (the command line's {@code --strict-spec} sets it too), so that a
     * test run turns every mock it starts strict.
     */
    public static final String PROPERTY = "expcenter.mock.strictSpec";

    /** {@link #FAIL} when {@code -Dexpcenter.mock.strictSpec=true}, else {@link #LOG}. */
    public static Strictness fromSystemProperty() {
        return Boolean.getBoolean(PROPERTY) ? FAIL : LOG;
    }
}
