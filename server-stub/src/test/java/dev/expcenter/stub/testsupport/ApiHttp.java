package dev.expcenter.stub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An HTTP/1.1 client for one API root ({@code http://127.0.0.1:port/api/v2/}) that sends an opaque dev
 * token: what the stub's and the mock's test harnesses send with. Bounded: 5 s to connect, 40 s a request.
 */
public final class ApiHttp {
    public static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One client for every root: it is thread-safe, and a client per root would hold a selector thread each. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI apiRoot;

    public ApiHttp(URI apiRoot) {
        this.apiRoot = apiRoot;
    }

    /** {@code path} below the API root; a leading slash is ignored. */
    public URI uri(String path) {
        return apiRoot.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A request to {@code path} below the API root with an opaque dev token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(40))
                .header("Authorization", "Bearer opaque-dev-token");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method, a JSON body or none, and header name-value pairs. */
    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = request(path).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", JSON);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String json) {
        return send(request(path).header("Content-Type", JSON).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body as JSON, or an assertion error that shows it. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    /** The mapper the harnesses compare JSON with. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
