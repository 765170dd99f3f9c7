package dev.expcenter.stub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.server.StubServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stub server with {@link ProbeResource} on a free port, and a plain HTTP/1.1 client. */
public final class StubHarness implements AutoCloseable {
    public static final String JSON = ApiHttp.JSON;
    private static final Map<Integer, String> REASONS = Map.of(
            400, "Bad Request", 401, "Unauthorized", 403, "Forbidden", 404, "Not Found",
            405, "Method Not Allowed", 406, "Not Acceptable", 413, "Request Entity Too Large",
            415, "Unsupported Media Type", 429, "Too Many Requests", 500, "Internal Server Error");

    private final StubServer server;
    private final ApiHttp http;

    private StubHarness(StubServer server) {
        this.server = server;
        this.http = new ApiHttp(server.uri());
    }

    public static StubHarness start(StubConfig config) {
        return new StubHarness(StubServer.start(config, app -> app.register(ProbeResource.class)));
    }

    public static StubHarness start() {
        return start(StubConfig.builder().build());
    }

    public URI uri(String path) {
        return http.uri(path);
    }

    /** A request to {@code path} (relative to /api/v2/) with an opaque bearer token. */
    public HttpRequest.Builder request(String path) {
        return http.request(path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request);
    }

    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return http.post(path, json);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return ApiHttp.json(response);
    }

    /** Asserts the status, the JSON content type and the whole Auth0 error body. */
    public static void assertError(HttpResponse<String> response, int status, String errorCode, String message) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("statusCode", status);
        expected.put("error", REASONS.get(status));
        expected.put("message", message);
        if (errorCode != null) {
            expected.put("errorCode", errorCode);
        }
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        assertThat(json(response)).isEqualTo(ApiHttp.mapper().valueToTree(expected));
    }

    @Override
    public void close() {
        server.close();
    }
}
