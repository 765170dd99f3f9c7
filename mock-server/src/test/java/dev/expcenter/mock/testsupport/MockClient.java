package dev.expcenter.mock.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.stub.testsupport.Auth0Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A mock on a free port and a plain HTTP/1.1 client (Java's default offers h2c, which Grizzly mishandles). */
public final class MockClient implements AutoCloseable {
    public static final String TOKEN = "Bearer opaque-dev-token";
    private static final String API_ROOT = "/api/v2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final MockServer server;

    private MockClient(MockServer server) {
        this.server = server;
    }

    public static MockClient start(MockConfig config) {
        return new MockClient(MockServer.start(config));
    }

    public static MockClient start() {
        return start(MockConfig.builder().build());
    }

    public MockServer server() {
        return server;
    }

    /** A request to {@code path} under the root (e.g. {@code /__admin/state} or {@code /api/v2/...}). */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.uri() + path));
    }

    /** A request to the API with a dev token. */
    public HttpRequest.Builder api(String path) {
        return request(API_ROOT + path).header("Authorization", TOKEN);
    }

    public static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.build());
    }

    /**
     * Sends the request; an API response that Auth0's own document does not allow fails the test. A
     * CORS preflight is the browser's exchange with the mock, answered before the API, so Auth0's
     * document (which describes no OPTIONS) does not judge it; CorsTest checks it.
     */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String path = request.uri().getRawPath();
            if (path.startsWith(API_ROOT) && !isPreflight(request)) {
                String query = request.uri().getRawQuery();
                List<String> problems = Auth0Contract.check(request.method(), path.substring(API_ROOT.length()),
                        response.statusCode(), response.headers().map(), response.body());
                if (!problems.isEmpty()) {
                    throw new AssertionError("Auth0's document does not allow " + request.method() + " " + path
                            + (query == null ? "" : "?" + query) + " -> " + response.statusCode() + " "
                            + response.body() + "\n  " + String.join("\n  ", problems));
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS")
                && request.headers().firstValue("Access-Control-Request-Method").isPresent();
    }

    public static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
