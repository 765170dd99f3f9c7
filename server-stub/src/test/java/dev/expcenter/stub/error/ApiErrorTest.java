package dev.expcenter.stub.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.engine.ErrorCode;
import dev.expcenter.engine.Rule;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ApiErrorTest {

    @Test
    void wireCodesShouldBeUniqueSnakeCase() {
        assertThat(Arrays.stream(ApiError.values()).map(ApiError::wire).distinct().count())
                .isEqualTo(ApiError.values().length);
        assertThat(ApiError.values()).allSatisfy(c -> assertThat(c.wire()).matches("[a-z]+(_[a-z]+)*"));
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID_BODY, 400, invalid_body", "INVALID_QUERY_STRING, 400, invalid_query_string",
        "INVALID_HEADERS, 400, invalid_headers", "INVALID_URI, 400, invalid_uri",
        "INEXISTENT_FEATURE_FLAG, 404, inexistent_feature_flag",
        "INVALID_STATUS_TRANSITION, 400, invalid_status_transition", "EXPERIMENT_ACTIVE, 400, experiment_active",
        "EXPERIMENT_REQUIRES_PAUSE, 400, experiment_requires_pause",
        "EXPERIMENT_ACTIVE_LIMIT_EXCEEDED, 400, experiment_active_limit_exceeded",
        "EXPERIMENT_EXISTS, 409, experiment_exists", "FEATURE_FLAG_EXISTS, 409, feature_flag_exists",
        "SEGMENT_EXISTS, 409, segment_exists", "VARIATION_EXISTS, 409, variation_exists",
        "EXPERIMENT_TOO_MANY_ALLOCATIONS, 400, experiment_too_many_allocations",
        "FEATURE_FLAG_LAST_VARIATION, 400, feature_flag_last_variation",
        "FEATURE_FLAG_VARIATION_LIMIT, 400, feature_flag_variation_limit",
        "FEATURE_FLAG_NOT_MODIFIABLE, 403, feature_flag_not_modifiable",
        "SEGMENT_NOT_MODIFIABLE, 403, segment_not_modifiable",
        "VARIATION_NOT_FROM_FLAG, 400, variation_not_from_flag", "SEGMENT_NOT_FOUND, 400, segment_not_found",
        "UNAUTHORIZED, 401, invalid_token", "INSUFFICIENT_SCOPE, 403, insufficient_scope",
        "TOO_MANY_REQUESTS, 429, too_many_requests", "HEADER_TOO_LARGE, 431, header_too_large",
        "INTERNAL_ERROR, 500, internal_error", "SPEC_VIOLATION, 500, spec_violation",
        "STATE_NOT_SAVED, 503, state_not_saved", "INVALID_PREFER_HEADER, 400, invalid_prefer_header"})
    void everyCodeShouldCarryItsStatusAndWireValue(ApiError code, int status, String wire) {
        assertThat(code.status()).isEqualTo(status);
        assertThat(code.wire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyEngineCodeShouldBeInTheCatalogueUnderItsName(ErrorCode code) {
        assertThat(ApiError.of(code).name()).isEqualTo(code.name());
    }

    @Test
    void theMissingAllocationsCheckShouldBeGone() {
        assertThat(Arrays.stream(ApiError.values()).map(ApiError::wire)).doesNotContain("experiment_missing_allocations");
    }

    @ParameterizedTest
    @EnumSource(ApiError.class)
    void everyStatusShouldHaveAReasonPhrase(ApiError code) {
        assertThat(ErrorResponses.reasonPhrase(code.status())).isNotEqualTo("Error");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleButTheActivationWrapperShouldHaveACode(Rule rule) {
        assertThat(rule.code() == null).isEqualTo(rule == Rule.NOT_READY);
    }

    @Test
    void templatesShouldBeFilledByNameAndKeepUnknownPlaceholders() {
        assertThat(ApiError.EXPERIMENT_TOO_MANY_ALLOCATIONS.message("max", 20))
                .isEqualTo("Experiments may have at most 20 allocations.");
        assertThat(ApiError.EXPERIMENT_INVALID_ALLOCATION_WEIGHTS.message("sum", 90.0))
                .isEqualTo("Allocation weights must sum to 100; found 90");
        assertThat(ApiError.EXPERIMENT_TOO_MANY_ALLOCATIONS.message()).contains("{max}");
    }
}
