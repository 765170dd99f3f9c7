package dev.expcenter.contracts.consumer;

import java.util.List;

/**
 * The ids the dashboard's pact chooses. They are passed to the provider states as parameters, so a
 * verifier that does not inject provider-state values (the standalone one) still finds them.
 */
final class Examples {
    static final String EXPERIMENT = "exp_9Km3nZ7vQwRx2yDjFs5gCp";
    static final String OTHER_EXPERIMENT = "exp_5Lp2Vx8QmRt3Kz7NwYb4Jc";
    static final String FIRST = "exp_2Ab3Cd4Ef5Gh6Jk7Mn8Pq9";
    static final String SECOND = "exp_3Bc4De5Fg6Hj7Km8Np9Qr2";
    static final String THIRD = "exp_3Fw8Kp2RtYz6MqXv9Nb4Hd";
    static final List<String> THREE = List.of(FIRST, SECOND, THIRD);
    static final String FLAG = "flg_72jbvv7LfRKYp59gtRLtkn";
    static final String CONTROL = "var_4Nq8mR2xPkTv6wYjHs3fBn";
    static final String TREATMENT = "var_7Tz3Wq9KxMv2Rb5YhJd8Ne";
    /** One experiment in each status ("an experiment in each status exists"). */
    static final String DRAFT = "exp_uWQUEiFpaa3bYGYzfgSB69";
    static final String ACTIVE = "exp_iqv4VQNrQ7pgX8gaQKZG1u";
    static final String PAUSED = "exp_nrW5kDsd7xF7CQYA4rjqYE";
    static final String COMPLETED = "exp_4V4gHVrmHe5vUVbg5gzZXT";
    static final String ARCHIVED = "exp_51RX8PsRjnuBctbwML5am4";
    /** A feature flag of Auth0's own catalogue (type auth0). */
    static final String AUTH0_FLAG = "flg_e6tBujgnM9qMP2yJgfdmBb";
    /** Any opaque token: the stub and the mock in dev mode grant it every scope. */
    static final String TOKEN = "dashboard-dev-token";

    private Examples() {
    }
}
