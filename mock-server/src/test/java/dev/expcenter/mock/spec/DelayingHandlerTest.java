package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Delays hold no worker thread: many delayed requests never stall an undelayed one. */
class DelayingHandlerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void delayedRequestsShouldNotHoldUpOthers() throws Exception {
        try (MockClient mock = MockClient.start()) {
            // Several times as many delayed requests as there are worker threads.
            List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                delayed.add(sendAsync(mock.api("/experimentation/experiments").header("Prefer", "delay=3000").build()));
            }
            Thread.sleep(300); // Let them all arrive and wait.

            HttpResponse<String> plain = mock.send(mock.api("/experimentation/experiments"));

            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(delayed).as("answered before any delayed request").noneMatch(CompletableFuture::isDone);
            for (CompletableFuture<HttpResponse<String>> response : delayed) {
                assertThat(response.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void globalLatencyShouldDelayEveryAnswerWithoutHoldingWorkers() throws Exception {
        // Held in workers (2 on this kind of machine), 8 requests of 2 s would take 8 s; in the timer, ~2 s.
        MockConfig config = MockConfig.builder().latency(Duration.ofSeconds(2)).build();
        try (MockClient mock = MockClient.start(config)) {
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(sendAsync(mock.api("/experimentation/experiments").build()));
            }
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                assertThat(response.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void invalidPreferShouldNotBeDelayedButRefused() {
        assertThat(DelayingHandler.delayMillis(ChaosSettings.none(), List.of("delay=forever"))).isZero();
        assertThat(DelayingHandler.delayMillis(ChaosSettings.none(), List.of("code=404, delay=250"))).isEqualTo(250);
        assertThat(DelayingHandler.delayMillis(new ChaosSettings(Duration.ofMillis(100), 0, new Random()),
                List.of())).isEqualTo(100);
        assertThat(DelayingHandler.delayMillis(ChaosSettings.none(), List.of())).isZero();
    }
}
