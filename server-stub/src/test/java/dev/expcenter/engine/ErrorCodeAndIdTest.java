package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeAndIdTest {

    @Test
    void wireCodesShouldBeUniqueSnakeCase() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::wire).distinct().count())
                .isEqualTo(ErrorCode.values().length);
        assertThat(ErrorCode.values()).allSatisfy(c -> assertThat(c.wire()).matches("[a-z]+(_[a-z]+)*"));
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID_BODY, 400, invalid_body", "INVALID_QUERY_STRING, 400, invalid_query_string",
        "INVALID_HEADERS, 400, invalid_headers",
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
        "TOO_MANY_REQUESTS, 429, too_many_requests", "INTERNAL_ERROR, 500, internal_error"})
    void errorCodeShouldCarryItsStatusAndWireValue(ErrorCode code, int status, String wire) {
        assertThat(code.httpStatus()).isEqualTo(status);
        assertThat(code.wire()).isEqualTo(wire);
    }

    @Test
    void theMissingAllocationsCheckShouldBeGone() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::wire)).doesNotContain("experiment_missing_allocations");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyStatusShouldHaveAReasonPhrase(ErrorCode code) {
        assertThat(ErrorCode.reasonPhrase(code.httpStatus())).isNotEqualTo("Error");
    }

    @Test
    void engineExceptionShouldDefaultToTheCodeStatusButAllowAnOverride() {
        assertThat(new EngineException(ErrorCode.INEXISTENT_FEATURE_FLAG, "m").httpStatus()).isEqualTo(404);
        assertThat(new EngineException(ErrorCode.INEXISTENT_FEATURE_FLAG, 410, "m").httpStatus()).isEqualTo(410);
    }

    @ParameterizedTest
    @EnumSource(IdKind.class)
    void secureRandomIdsShouldBePrefixedBase58OfLength22(IdKind kind) {
        IdGenerator ids = IdGenerator.secureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = ids.next(kind);
            assertThat(id).matches(kind.prefix() + "[1-9A-HJ-NP-Za-km-z]{22}");
            seen.add(id);
        }
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void secureRandomIdsShouldUseTheWholeAlphabet() {
        IdGenerator ids = IdGenerator.secureRandom();
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ids.next(IdKind.SEGMENT).substring(4).chars().forEach(c -> chars.add((char) c));
        }
        assertThat(chars).hasSize(58);
    }
}
