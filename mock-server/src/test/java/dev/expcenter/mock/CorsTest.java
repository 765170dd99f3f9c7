package dev.expcenter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsTest {
    private static final String APP = "http://localhost:5173";

    private static HttpResponse<String> preflight(MockClient mock, String path, String origin) {
        return mock.send(mock.request(path).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-mock-session")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void preflightShouldBeAnsweredWithoutATokenForALocalhostOrigin() {
        try (MockClient mock = MockClient.start()) {
            HttpResponse<String> response = preflight(mock, "/api/v2/experimentation/experiments", APP);

            assertThat(response.statusCode()).isEqualTo(204);
            var headers = response.headers();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(APP);
            assertThat(headers.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
            assertThat(headers.firstValue("Access-Control-Allow-Methods").orElseThrow())
                    .contains("GET", "POST", "PATCH", "DELETE", "OPTIONS");
            assertThat(headers.firstValue("Access-Control-Allow-Headers").orElseThrow())
                    .contains("Authorization", "Content-Type", "Prefer", "X-Mock-Session");
            assertThat(headers.firstValue("Access-Control-Max-Age")).isPresent();
            assertThat(headers.firstValue("Vary").orElseThrow()).contains("Origin");
        }
    }

    @Test
    void actualResponsesShouldEchoTheOriginAndExposeTheRateLimitHeaders() {
        try (MockClient mock = MockClient.start()) {
            HttpResponse<String> response = mock.send(mock.api("/experimentation/segments")
                    .header("Origin", "http://127.0.0.1:3000"));

            assertThat(response.statusCode()).isEqualTo(200);
            var headers = response.headers();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:3000");
            assertThat(headers.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
            assertThat(headers.firstValue("Access-Control-Expose-Headers").orElseThrow())
                    .contains("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "Retry-After",
                            "Location");
            assertThat(headers.firstValue("Vary").orElseThrow()).contains("Origin");
        }
    }

    @Test
    void otherOriginsShouldGetNoAllowOrigin() {
        try (MockClient mock = MockClient.start()) {
            for (String origin : List.of("https://evil.example", "http://localhost.evil.example:80",
                    "http://localhost:12ab")) {
                assertThat(preflight(mock, "/api/v2/experimentation/experiments", origin).headers()
                        .firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
                assertThat(mock.send(mock.api("/experimentation/segments").header("Origin", origin)).headers()
                        .firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
            }
        }
    }

    @Test
    void configuredOriginsShouldReplaceTheDefaults() {
        try (MockClient mock = MockClient.start(MockConfig.builder()
                .corsOrigins(List.of("https://app.example.com")).build())) {
            assertThat(preflight(mock, "/api/v2/experimentation/segments", "https://app.example.com").headers()
                    .firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
            assertThat(preflight(mock, "/api/v2/experimentation/segments", APP).headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void wildcardShouldNeverComeWithCredentials() {
        try (MockClient mock = MockClient.start(MockConfig.builder().corsOrigins(List.of("*")).build())) {
            for (HttpResponse<String> response : List.of(
                    preflight(mock, "/api/v2/experimentation/segments", "https://anywhere.example"),
                    mock.send(mock.api("/experimentation/segments").header("Origin", "https://anywhere.example")),
                    mock.send(mock.request("/__admin/health").header("Origin", "https://anywhere.example")))) {
                assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
                assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            }
        }
    }

    @Test
    void preflightShouldNotBeRateLimited() {
        try (MockClient mock = MockClient.start(MockConfig.builder().stub(s -> s.rateLimit(1).rateRefill(0.001)).build())) {
            mock.send(mock.request("/api/v2/experimentation/segments").header("Origin", APP));
            HttpResponse<String> limited = mock.send(mock.request("/api/v2/experimentation/segments")
                    .header("Origin", APP));
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);

            assertThat(preflight(mock, "/api/v2/experimentation/segments", APP).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void adminRoutesShouldCarryCorsToo() {
        try (MockClient mock = MockClient.start()) {
            assertThat(preflight(mock, "/__admin/reset", APP).statusCode()).isEqualTo(204);
            assertThat(mock.send(mock.request("/__admin/health").header("Origin", APP)).headers()
                    .firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        }
    }
}
