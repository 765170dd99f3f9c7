package dev.expcenter.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryingHttpClientTest {
  private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
  private final RetryingHttpClient client = new RetryingHttpClient(HttpClient.newHttpClient(), 3,
      Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

  @ParameterizedTest(name = "Retry-After={0}, x-ratelimit-reset=now+{1} -> wait {2} s")
  @CsvSource(nullValues = "-", value = {
      "0,    -,    0",   // Retry-After wins
      "1,    30,   1",
      "7,    -,    7",
      "3600, -,    60",  // capped at maxWait
      "-,    5,    5",   // else the bucket's reset time minus now
      "-,    -10,  0",   // a reset in the past: retry at once
      "-,    999,  60",
      "soon, 4,    4",   // an unreadable Retry-After falls back to the reset
      "-,    -,    1",   // no hint at all: one second
  })
  void waitShouldFollowRetryAfterElseRateLimitReset(String retryAfter, Long resetInSeconds, long expectedSeconds) {
    var headers = new java.util.HashMap<String, List<String>>();
    if (retryAfter != null) {
      headers.put("Retry-After", List.of(retryAfter));
    }
    if (resetInSeconds != null) {
      headers.put("x-ratelimit-reset", List.of(Long.toString(NOW.getEpochSecond() + resetInSeconds)));
    }
    HttpHeaders h = HttpHeaders.of(Map.copyOf(headers), (k, v) -> true);

    assertThat(client.waitBeforeRetry(h)).isEqualTo(Duration.ofSeconds(expectedSeconds));
  }
}
