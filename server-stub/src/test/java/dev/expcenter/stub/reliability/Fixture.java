package dev.expcenter.stub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;

/**
 * A small realistic tenant, made over HTTP: an active flag {@code flg} (parameter {@code p}) with two
 * variations, a segment, and a ready draft experiment {@code exp} using them.
 */
record Fixture(String flg, String var, String var2, String seg, String exp) {

    static Fixture create(SpecCheckedClient api) {
        String flg = created(api.post("/experimentation/feature-flags", """
                {"name": "show_prompt", "parameters": {"p": {"type": "boolean", "value": false}}}"""));
        String var = created(api.post("/experimentation/feature-flags/" + flg + "/variations", """
                {"name": "control", "overrides": {}}"""));
        String var2 = created(api.post("/experimentation/feature-flags/" + flg + "/variations", """
                {"name": "prompt", "overrides": {"p": {"value": true}}}"""));
        assertThat(api.post("/experimentation/feature-flags/" + flg + "/status", "{\"status\": \"active\"}").status())
                .isEqualTo(200);
        String seg = created(api.post("/experimentation/segments", """
                {"name": "Mobile", "rules": [{"match": {"device_type": ["mobile"]}}]}"""));
        String exp = created(api.post("/experimentation/experiments", ready("Prompt", flg, var, var2)));
        return new Fixture(flg, var, var2, seg, exp);
    }

    /** A create-experiment body that passes every readiness check; names are unique, so each needs its own. */
    static String ready(String name, String flg, String var, String var2) {
        return """
                {"name": "%s", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 50, "is_control": true},
                                 {"variation_id": "%s", "weight": 50, "is_control": false}]}"""
                .formatted(name, flg, var, var2);
    }

    static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    /** Replaces {exp} {flg} {var} {seg} placeholders with this fixture's ids. */
    String fill(String template) {
        return template.replace("{exp}", exp).replace("{flg}", flg).replace("{var}", var)
                .replace("{var2}", var2).replace("{seg}", seg);
    }
}
