package dev.expcenter.engine;

/** List experiments: exact-match filters (null = any), {@code from} an id, {@code take} 1..50 (null = 25). */
public record ExperimentQuery(ExperimentStatus status, String authenticationFlow, String featureFlagId,
                              String from, Integer take) {

    /** The first page, unfiltered, default size. */
    public static ExperimentQuery firstPage() {
        return new ExperimentQuery(null, null, null, null, null);
    }

    boolean matches(Experiment e) {
        return (status == null || status == e.status())
                && (authenticationFlow == null || authenticationFlow.equals(e.authenticationFlow()))
                && (featureFlagId == null || featureFlagId.equals(e.featureFlagId()));
    }

    boolean filtered() {
        return status != null || authenticationFlow != null || featureFlagId != null;
    }
}
