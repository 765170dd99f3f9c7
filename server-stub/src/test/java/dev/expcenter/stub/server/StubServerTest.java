package dev.expcenter.stub.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.testsupport.StubHarness;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StubServerTest {

    @Test
    void portZeroShouldBindAFreePortUnderTheApiBasePath() {
        try (StubServer server = StubServer.start(StubConfig.builder().build())) {
            assertThat(server.uri().getPort()).isPositive();
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.uri().getPath()).isEqualTo("/api/v2/");
        }
    }

    @Test
    void requestsAskingForAnHttp2UpgradeShouldBeAnsweredOverHttp11() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        try (StubHarness stub = StubHarness.start()) {
            HttpResponse<String> get = http2.send(stub.request("experimentation/experiments/exp_1")
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = http2.send(stub.request("probes").timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"a\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(post.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void aBodyOnAGetOrDeleteShouldReachTheApplication() {
        try (StubHarness stub = StubHarness.start()) {
            HttpResponse<String> get = stub.send(stub.request("experimentation/experiments/exp_1")
                    .header("Content-Type", "application/json")
                    .method("GET", HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
            HttpResponse<String> delete = stub.send(stub.request("experimentation/experiments/exp_1")
                    .header("Content-Type", "application/json")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));

            // Grizzly alone answers both with an empty 400 and Connection: close; here the GET is served
            // (its body ignored) and the DELETE, which the probe does not serve, gets JSON from routing.
            assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
            assertThat(get.body()).isEqualTo(stub.get("experimentation/experiments/exp_1").body());
            assertThat(delete.statusCode()).as(delete.body()).isEqualTo(405);
            assertThat(StubHarness.json(delete).path("errorCode").asText()).isEqualTo("method_not_allowed");
        }
    }
}
