package dev.expcenter.stub.ratelimit;

import static dev.expcenter.stub.testsupport.StubHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.testsupport.StubHarness;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dev.expcenter.stub.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static long header(HttpResponse<String> response, String name) {
        return Long.parseLong(response.headers().firstValue(name).orElseThrow(
                () -> new AssertionError("no " + name + " header on " + response.statusCode())));
    }

    @Test
    void everyResponseShouldCarryTheRateLimitHeaders() {
        try (StubHarness stub = StubHarness.start()) {
            HttpResponse<String> success = stub.get("experimentation/experiments/exp_1");
            HttpResponse<String> notFound = stub.get("nowhere");
            HttpResponse<String> unauthorized = stub.send(HttpRequest.newBuilder(stub.uri("probes")).GET());
            HttpResponse<String> badBody = stub.postJson("probes", "{");

            assertThat(success.statusCode()).isEqualTo(200);
            for (HttpResponse<String> response : List.of(success, notFound, unauthorized, badBody)) {
                assertThat(header(response, "x-ratelimit-limit")).isEqualTo(1000);
                assertThat(header(response, "x-ratelimit-remaining")).isBetween(0L, 999L);
                assertThat(header(response, "x-ratelimit-reset"))
                        .isGreaterThanOrEqualTo(Instant.now().getEpochSecond() - 5);
            }
        }
    }

    @Test
    void emptyBucketShouldBeTooManyRequestsWithRetryAfter() {
        StubConfig tiny = StubConfig.builder().rateLimit(2).rateRefill(0.001).build();
        try (StubHarness stub = StubHarness.start(tiny)) {
            assertThat(stub.get("experimentation/experiments/exp_1").statusCode()).isEqualTo(200);
            HttpResponse<String> last = stub.get("experimentation/experiments/exp_1");
            assertThat(last.statusCode()).isEqualTo(200);
            assertThat(header(last, "x-ratelimit-remaining")).isZero();

            HttpResponse<String> limited = stub.get("experimentation/experiments/exp_1");

            long retryAfter = header(limited, "Retry-After");
            assertThat(retryAfter).isPositive();
            assertError(limited, 429, "too_many_requests",
                    "Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.");
            assertThat(header(limited, "x-ratelimit-limit")).isEqualTo(2);
            assertThat(header(limited, "x-ratelimit-remaining")).isZero();

            HttpResponse<String> otherToken = stub.send(HttpRequest.newBuilder(stub.uri("experimentation/experiments/exp_1"))
                    .header("Authorization", "Bearer another-client").GET());
            assertThat(otherToken.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aLimitLiftedAsFarAsItGoesShouldAllowEveryRequest() {
        // the bench's "lifted" setting: the largest burst and the fastest refill the bucket takes
        RateLimiter limiter = new RateLimiter(Long.MAX_VALUE, RateLimiter.MAX_REFILL_PER_SECOND, 10);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("a").allowed()).isTrue();
        }
        assertThat(limiter.peek("a").allowed()).isTrue();
    }

    @Test
    void bucketsShouldStayBoundedUnderManyClients() {
        RateLimiter limiter = new RateLimiter(5, 1, 10);

        for (int i = 0; i < 1000; i++) {
            limiter.acquire("client-" + i);
        }

        assertThat(limiter.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void bucketShouldAllowItsCapacityThenRefuse() {
        RateLimiter limiter = new RateLimiter(3, 0.001, 10);

        assertThat(limiter.acquire("a").remaining()).isEqualTo(2);
        assertThat(limiter.acquire("a").remaining()).isEqualTo(1);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        Decision refused = limiter.acquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isGreaterThanOrEqualTo(999);
        assertThat(refused.limit()).isEqualTo(3);
    }

    @Test
    void anEmptyBucketShouldRefillAsTheClockMoves() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(2, 0.5, 10, clock);
        limiter.acquire("a");
        limiter.acquire("a");

        Decision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.resetEpochSeconds()).isEqualTo(Instant.parse("2026-01-01T00:00:04Z").getEpochSecond());

        clock.advance(Duration.ofMillis(1999));
        assertThat(limiter.acquire("a").allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        Decision refilled = limiter.acquire("a");
        assertThat(refilled.allowed()).isTrue();
        assertThat(refilled.remaining()).isZero();
    }

    @Test
    void aBucketUnusedUntilFullShouldBeDroppedAndStartFull() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(3, 1, 10, clock);
        limiter.acquire("a");
        limiter.acquire("b");
        assertThat(limiter.size()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(3));

        assertThat(limiter.size()).isZero();
        assertThat(limiter.peek("a").remaining()).isEqualTo(3);
        assertThat(limiter.acquire("a").remaining()).isEqualTo(2);
    }
}
