package dev.expcenter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.client.model.AllocationStrategy;
import dev.expcenter.client.model.Experiment;
import dev.expcenter.client.model.ExperimentStatus;
import dev.expcenter.client.model.ExperimentTransitionStatus;
import dev.expcenter.client.model.UpdateExperimentStatusRequest;
import dev.expcenter.client.testsupport.FakeApi;
import dev.expcenter.client.testsupport.FakeApi.Reply;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentCenterClientTest {
  private static final String ID = "exp_9Km3nZ7vQwRx2yDjFs5gCp";
  private static final String ACTIVE = """
      {"id":"exp_9Km3nZ7vQwRx2yDjFs5gCp","name":"Passkey prompt on login",
       "feature_flag_id":"flg_72jbvv7LfRKYp59gtRLtkn","authentication_flow":"pre_authentication",
       "allocation_strategy":"percentage","assignment_config":{"subject":"device"},
       "status":"active","is_valid":true,
       "allocations":[{"variation_id":"var_4Nq8mR2xPkTv6wYjHs3fBn","weight":50,"is_control":true},
                      {"variation_id":"var_7Tz3Wq9KxMv2Rb5YhJd8Ne","weight":50,"is_control":false}],
       "created_at":"2026-11-02T09:10:00Z","updated_at":"2026-11-03T08:00:00Z",
       "started_at":"2026-11-03T08:00:00.250+01:00"}""";
  private static final String RATE_LIMITED = """
      {"statusCode":429,"error":"Too Many Requests","message":"Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.","errorCode":"too_many_requests"}""";

  private FakeApi api;
  private ExperimentCenterClient client;

  @BeforeEach
  void start() throws Exception {
    api = new FakeApi();
    client = ExperimentCenterClient.builder()
        .baseUrl(api.baseUrl())
        .token("t0k3n")
        .maxRateLimitRetries(3)
        .maxRetryWait(Duration.ofMillis(20))
        .build();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void buildShouldFailWithoutBaseUrl() {
    assertThatThrownBy(() -> ExperimentCenterClient.builder().token("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl is required");
  }

  @Test
  void buildShouldFailWithoutToken() {
    assertThatThrownBy(() -> ExperimentCenterClient.builder().baseUrl("https://tenant.auth0.com/api/v2").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("token is required");
    assertThatThrownBy(() -> ExperimentCenterClient.builder().baseUrl("https://tenant.auth0.com/api/v2").token(" ").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("token is required");
  }

  @Test
  void buildShouldFailOnRelativeBaseUrl() {
    assertThatThrownBy(() -> ExperimentCenterClient.builder().baseUrl("tenant.auth0.com/api/v2").token("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("absolute http(s) URL");
  }

  @Test
  void builderShouldRejectNegativeSettings() {
    assertThatThrownBy(() -> ExperimentCenterClient.builder().maxRateLimitRetries(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentCenterClient.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buildShouldDropTrailingSlashOfBaseUrl() {
    var built = ExperimentCenterClient.builder().baseUrl("https://tenant.auth0.com/api/v2/").token("t").build();
    assertThat(built.baseUrl()).isEqualTo("https://tenant.auth0.com/api/v2");
  }

  @Test
  void transitionShouldSendBearerTokenAndParseExperiment() throws Exception {
    api.enqueue(Reply.json(200, ACTIVE));

    Experiment e = client.experiments().updateExperimentStatus(ID,
        new UpdateExperimentStatusRequest().status(ExperimentTransitionStatus.ACTIVE));

    assertThat(api.requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.path()).isEqualTo("/api/v2/experimentation/experiments/" + ID + "/status");
      assertThat(r.header("Authorization")).isEqualTo("Bearer t0k3n");
      assertThat(r.body()).isEqualToIgnoringWhitespace("{\"status\":\"active\"}");
    });
    assertThat(e.getStatus()).isEqualTo(ExperimentStatus.ACTIVE);
    assertThat(e.getAllocationStrategy()).isEqualTo(AllocationStrategy.PERCENTAGE);
    assertThat(e.getAllocations()).hasSize(2);
    assertThat(e.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:10:00Z"));
    assertThat(e.getStartedAt().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-03T07:00:00.250Z").toInstant());
    assertThat(e.getEndedAt()).isNull();
  }

  static Stream<Arguments> errorFamilies() {
    return Stream.of(
        Arguments.of(400, "Bad Request", "invalid_status_transition", BadRequestException.class),
        Arguments.of(401, "Unauthorized", "invalid_token", AuthenticationException.class),
        Arguments.of(403, "Forbidden", "insufficient_scope", ForbiddenException.class),
        Arguments.of(404, "Not Found", "inexistent_experiment", NotFoundException.class),
        Arguments.of(409, "Conflict", "experiment_exists", ConflictException.class));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("errorFamilies")
  void errorStatusShouldBeTypedExceptionWithAuth0Body(int status, String reason, String code,
      Class<? extends ExperimentCenterException> type) {
    api.enqueue(Reply.json(status, "{\"statusCode\":" + status + ",\"error\":\"" + reason
        + "\",\"message\":\"It went wrong\",\"errorCode\":\"" + code + "\"}"));

    assertThatThrownBy(() -> client.experiments().updateExperimentStatus(ID,
        new UpdateExperimentStatusRequest().status(ExperimentTransitionStatus.ACTIVE)))
        .isExactlyInstanceOf(type)
        .hasMessage("It went wrong")
        .satisfies(t -> {
          var ex = (ExperimentCenterException) t;
          assertThat(ex.statusCode()).isEqualTo(status);
          assertThat(ex.errorCode()).isEqualTo(code);
          assertThat(ex.error().getStatusCode()).isEqualTo(status);
          assertThat(ex.error().getError()).isEqualTo(reason);
          assertThat(ex.error().getMessage()).isEqualTo("It went wrong");
        });
  }

  @Test
  void otherErrorStatusWithoutAuth0BodyShouldBeBaseException() {
    api.enqueue(new Reply(502, java.util.Map.of("Content-Type", "text/html"), "<html>bad gateway</html>"));

    assertThatThrownBy(() -> client.experiments().getExperiment(ID))
        .isExactlyInstanceOf(ExperimentCenterException.class)
        .hasMessageContaining("HTTP 502")
        .satisfies(t -> {
          var ex = (ExperimentCenterException) t;
          assertThat(ex.statusCode()).isEqualTo(502);
          assertThat(ex.error()).isNull();
          assertThat(ex.errorCode()).isNull();
        });
  }

  @Test
  void rateLimitedShouldRetryAfterRetryAfterZero() throws Exception {
    api.enqueue(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "0"))
        .enqueue(Reply.json(200, ACTIVE));

    assertThat(client.experiments().getExperiment(ID).getId()).isEqualTo(ID);
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void rateLimitedShouldRetryAfterRetryAfterOneCappedByMaxWait() throws Exception {
    api.enqueue(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "1"))
        .enqueue(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "1"))
        .enqueue(Reply.json(200, ACTIVE));

    assertThat(client.experiments().getExperiment(ID).getStatus()).isEqualTo(ExperimentStatus.ACTIVE);
    assertThat(api.requests()).hasSize(3)
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer t0k3n"));
  }

  @Test
  void rateLimitedShouldGiveUpAfterMaxRetries() {
    api.always(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "0"));

    assertThatThrownBy(() -> client.experiments().getExperiment(ID))
        .isExactlyInstanceOf(RateLimitedException.class)
        .satisfies(t -> {
          var ex = (RateLimitedException) t;
          assertThat(ex.statusCode()).isEqualTo(429);
          assertThat(ex.errorCode()).isEqualTo("too_many_requests");
          assertThat(ex.retries()).isEqualTo(3);
        });
    assertThat(api.requests()).hasSize(1 + 3);
  }

  @Test
  void rateLimitedShouldNotRetryWhenRetriesAreOff() {
    api.always(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "0"));
    var noRetries = ExperimentCenterClient.builder().baseUrl(api.baseUrl()).token("t").maxRateLimitRetries(0).build();

    assertThatThrownBy(() -> noRetries.segments().getSegment("seg_5Hc2Xr8NwQk3Tz6PmYv9Ja"))
        .isExactlyInstanceOf(RateLimitedException.class);
    assertThat(api.requests()).hasSize(1);
  }
}
