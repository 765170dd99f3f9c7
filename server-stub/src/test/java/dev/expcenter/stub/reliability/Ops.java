package dev.expcenter.stub.reliability;

import java.util.List;

/** The 23 operations, each with a valid body (placeholders for fixture ids) where it takes one. */
final class Ops {
    private Ops() {
    }

    /** One operation: method, path template (fixture placeholders), a valid body or null, its 404 code. */
    record Op(String id, String method, String path, String body, String notFound) {
        boolean hasBody() {
            return body != null;
        }

        boolean hasId() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static final String EXPS = "/experimentation/experiments";
    static final String FLAGS = "/experimentation/feature-flags";
    static final String SEGS = "/experimentation/segments";

    static final List<Op> ALL = List.of(
            new Op("listExperiments", "GET", EXPS, null, null),
            new Op("createExperiment", "POST", EXPS, """
                    {"name": "Bad input", "feature_flag_id": "{flg}", "authentication_flow": "pre_authentication",
                     "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                     "allocations": [{"variation_id": "{var}", "weight": 100, "is_control": true}]}""", null),
            new Op("getExperiment", "GET", EXPS + "/{exp}", null, "inexistent_experiment"),
            new Op("updateExperiment", "PATCH", EXPS + "/{exp}", """
                    {"name": "renamed", "allocations": [{"variation_id": "{var}", "weight": 100, "is_control": true}]}""",
                    "inexistent_experiment"),
            new Op("deleteExperiment", "DELETE", EXPS + "/{exp}", null, null),
            new Op("updateExperimentStatus", "POST", EXPS + "/{exp}/status", """
                    {"status": "archived"}""", "inexistent_experiment"),
            new Op("validateExperiment", "POST", EXPS + "/{exp}/validate", null, "inexistent_experiment"),
            new Op("listFeatureFlags", "GET", FLAGS, null, null),
            new Op("createFeatureFlag", "POST", FLAGS, """
                    {"name": "flag_x", "parameters": {"q": {"type": "number", "value": 1}}}""", null),
            new Op("getFeatureFlag", "GET", FLAGS + "/{flg}", null, "inexistent_feature_flag"),
            new Op("updateFeatureFlag", "PATCH", FLAGS + "/{flg}", """
                    {"name": "flag_y", "description": "about it"}""", "inexistent_feature_flag"),
            new Op("deleteFeatureFlag", "DELETE", FLAGS + "/{flg}", null, null),
            new Op("updateFeatureFlagStatus", "POST", FLAGS + "/{flg}/status", """
                    {"status": "archived"}""", "inexistent_feature_flag"),
            new Op("listVariations", "GET", FLAGS + "/{flg}/variations", null, "inexistent_feature_flag"),
            new Op("createVariation", "POST", FLAGS + "/{flg}/variations", """
                    {"name": "variant", "overrides": {"p": {"value": true}}}""", "inexistent_feature_flag"),
            new Op("getVariation", "GET", FLAGS + "/{flg}/variations/{var}", null, "inexistent_variation"),
            new Op("updateVariation", "PATCH", FLAGS + "/{flg}/variations/{var}", """
                    {"name": "variant_2"}""", "inexistent_variation"),
            new Op("deleteVariation", "DELETE", FLAGS + "/{flg}/variations/{var}", null, "inexistent_variation"),
            new Op("listSegments", "GET", SEGS, null, null),
            new Op("createSegment", "POST", SEGS, """
                    {"name": "Europe", "rules": [{"match": {"country": ["FR"]}}]}""", null),
            new Op("getSegment", "GET", SEGS + "/{seg}", null, "inexistent_segment"),
            new Op("updateSegment", "PATCH", SEGS + "/{seg}", """
                    {"name": "Europe 2"}""", "inexistent_segment"),
            new Op("deleteSegment", "DELETE", SEGS + "/{seg}", null, null));

    static List<Op> withBody() {
        return ALL.stream().filter(Op::hasBody).toList();
    }
}
