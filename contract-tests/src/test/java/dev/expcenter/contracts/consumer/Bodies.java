package dev.expcenter.contracts.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * Response shapes the dashboard relies on, as matching rules: ids by pattern, times as ISO 8601,
 * everything else by type, and literal values only where the dashboard branches on them (status,
 * errorCode, a flag's type) or shows Auth0's fixed text to its user (error messages).
 */
final class Bodies {
    static final String EXPERIMENT_ID = "^exp_[A-HJ-NP-Za-km-z1-9]+$";
    static final String FLAG_ID = "^flg_[A-HJ-NP-Za-km-z1-9]+$";
    static final String VARIATION_ID = "^var_[A-HJ-NP-Za-km-z1-9]+$";
    /** RFC 3339 date-time, UTC or with an offset, with or without fractional seconds. */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
    static final String EXAMPLE_TIME = "2026-11-02T09:10:00Z";
    /** Auth0's text that starts every failed activation's message; the failing checks follow. */
    static final String ACTIVATION_FAILED = "Experiment cannot be activated: validation failed: ";

    private Bodies() {
    }

    /** An experiment whose id the provider state injected as {@code ${id}}. */
    static PactDslJsonBody experiment(String id, String status) {
        PactDslJsonBody body = new PactDslJsonBody().valueFromProviderState("id", "${id}", id);
        return experimentFields(body, status);
    }

    /** An experiment with an id the provider made up. */
    static PactDslJsonBody anyExperiment(String status) {
        return anyExperiment(status, Examples.EXPERIMENT);
    }

    /** An experiment with any id; {@code exampleId} is what the consumer test sees. */
    static PactDslJsonBody anyExperiment(String status, String exampleId) {
        PactDslJsonBody body = new PactDslJsonBody().stringMatcher("id", EXPERIMENT_ID, exampleId);
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

    /** A page holding exactly one experiment, in {@code status}, and no more pages. */
    static DslPart pageOfOne(String status, String exampleId) {
        return new PactDslJsonBody().minMaxArrayLike("experiments", 1, 1, anyExperiment(status, exampleId), 1);
    }

    /**
     * The feature flag {@code ${id}} of Auth0's own catalogue: {@code type} auth0 (the dashboard
     * shows it read-only) and its parameter {@code prompt_style} ("a feature flag of Auth0's own
     * exists" documents it), each with its type and default.
     */
    static PactDslJsonBody auth0Flag(String id) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .valueFromProviderState("id", "${id}", id)
                .stringType("name", "Passkey enrollment nudge")
                .stringValue("type", "auth0")
                .stringMatcher("status", "^(draft|active|archived)$", "active")
                .stringMatcher("created_at", DATE_TIME, EXAMPLE_TIME)
                .stringMatcher("updated_at", DATE_TIME, EXAMPLE_TIME)
                .object("parameters")
                .object("prompt_style")
                .stringMatcher("type", "^(string|boolean|number|array|object)$", "string")
                .stringType("value", "interstitial")
                .closeObject()
                .closeObject();
    }

    /** Auth0's error body with this status and errorCode, and Auth0's fixed {@code message} word for word. */
    static DslPart error(int status, String reason, String errorCode, String message) {
        return new PactDslJsonBody()
                .numberValue("statusCode", status)
                .stringValue("error", reason)
                .stringValue("message", message)
                .stringValue("errorCode", errorCode);
    }

    /**
     * Auth0's error body whose message starts with Auth0's fixed {@code text} and goes on with
     * details that vary (ids, counts); {@code exampleMessage} is what the consumer test sees.
     */
    static DslPart errorStartingWith(int status, String reason, String errorCode, String text,
                                     String exampleMessage) {
        if (!exampleMessage.startsWith(text)) {
            throw new IllegalArgumentException("'" + exampleMessage + "' does not start with '" + text + "'");
        }
        return new PactDslJsonBody()
                .numberValue("statusCode", status)
                .stringValue("error", reason)
                .stringMatcher("message", "^" + literal(text) + ".+", exampleMessage)
                .stringValue("errorCode", errorCode);
    }

    /**
     * {@code text} as a regular expression matching exactly it, escaped character by character
     * (not {@code \Q...\E}, which the standalone verifier's Rust regex engine lacks).
     */
    static String literal(String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                regex.append('\\');
            }
            regex.append(c);
        }
        return regex.toString();
    }
}
