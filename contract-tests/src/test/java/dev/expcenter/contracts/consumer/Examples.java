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
    /** Any opaque token: the stub and the mock in dev mode grant it every scope. */
    static final String TOKEN = "dashboard-dev-token";

    private Examples() {
    }
}
