package dev.expcenter.contracts.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * Response shapes the dashboard relies on, as matching rules: ids by pattern, times as ISO 8601,
 * everything else by type, and literal values only where the dashboard branches on them (status,
 * errorCode).
 */
final class Bodies {
    static final String EXPERIMENT_ID = "^exp_[A-HJ-NP-Za-km-z1-9]+$";
    static final String FLAG_ID = "^flg_[A-HJ-NP-Za-km-z1-9]+$";
    static final String VARIATION_ID = "^var_[A-HJ-NP-Za-km-z1-9]+$";
    /** RFC 3339 date-time, UTC or with an offset, with or without fractional seconds. */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
    static final String EXAMPLE_TIME = "2026-11-02T09:10:00Z";

    private Bodies() {
    }

    /** An experiment whose id the provider state injected as {@code ${id}}. */
    static PactDslJsonBody experiment(String id, String status) {
        PactDslJsonBody body = new PactDslJsonBody().valueFromProviderState("id", "${id}", id);
        return experimentFields(body, status);
    }

    /** An experiment with an id the provider made up. */
    static PactDslJsonBody anyExperiment(String status) {
        PactDslJsonBody body = new PactDslJsonBody().stringMatcher("id", EXPERIMENT_ID, Examples.EXPERIMENT);
        return experimentFields(body, status);
    }

    private static PactDslJsonBody experimentFields(PactDslJsonBody body, String status) {
        body.stringType("name", "Passkey prompt on login")
                .stringMatcher("feature_flag_id", FLAG_ID, Examples.FLAG)
                .stringType("authentication_flow", "pre_authentication")
                .stringMatcher("allocation_strategy", "^(percentage|segment)$", "percentage")
                .stringValue("status", status)
                .booleanType("is_valid", true)
                .stringMatcher("created_at", DATE_TIME, EXAMPLE_TIME)
                .stringMatcher("updated_at", DATE_TIME, EXAMPLE_TIME)
                .object("assignment_config").stringType("subject", "device").closeObject();
        if (!status.equals("draft")) {
            body.stringMatcher("started_at", DATE_TIME, EXAMPLE_TIME);
        }
        if (status.equals("completed") || status.equals("archived")) {
            body.stringMatcher("ended_at", DATE_TIME, EXAMPLE_TIME);
        }
        return (PactDslJsonBody) body.minArrayLike("allocations", 1, 2)
                .stringMatcher("variation_id", VARIATION_ID, Examples.CONTROL)
                .booleanType("is_control", true)
                .closeArray();
    }

    /** A page of experiments in {@code status}: at least {@code min} of them, and {@code next} if more follow. */
    static DslPart page(String status, int min, boolean more) {
        PactDslJsonBody page = new PactDslJsonBody();
        if (more) {
            page.stringMatcher("next", EXPERIMENT_ID, Examples.THIRD);
        }
        return page.minArrayLike("experiments", min, anyExperiment(status), min);
    }

    /** Auth0's error body with this status and errorCode; the message may say anything. */
    static DslPart error(int status, String reason, String errorCode, String exampleMessage) {
        return new PactDslJsonBody()
                .numberValue("statusCode", status)
                .stringValue("error", reason)
                .stringType("message", exampleMessage)
                .stringValue("errorCode", errorCode);
    }
}
