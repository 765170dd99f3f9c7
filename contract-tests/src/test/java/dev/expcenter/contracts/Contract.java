package dev.expcenter.contracts;

import java.nio.file.Path;

/** Names and places every contract test agrees on. */
public final class Contract {
    /** The provider name in every pact. */
    public static final String PROVIDER = "expcenter";
    /** Our own consumer: the experiments dashboard. */
    public static final String DASHBOARD = "experiments-dashboard";
    /** The consumer whose pact is recorded from a mock session: a page that builds flags and experiments. */
    public static final String BUILDER = "experiment-builder";

    private Contract() {
    }

    /** The accepted pacts, one file per consumer: {@code contract-tests/pacts}. */
    public static Path acceptedPacts() {
        return Path.of(System.getProperty("expcenter.pacts.dir", "pacts"));
    }

    /** Where the consumer tests write pacts: {@code contract-tests/target/pacts}. */
    public static Path generatedPacts() {
        return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    }

    /** The file name pact-jvm gives a consumer's pact with this provider. */
    public static String pactFileName(String consumer) {
        return consumer + "-" + PROVIDER + ".json";
    }
}
