package dev.expcenter.stub.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP client for tests that checks every response against the project's OpenAPI document and
 * against Auth0's ({@link Auth0Contract}): a status the operation does not declare, or a body that
 * does not match its schema, fails the test. So a server can drift neither from the spec nor from
 * Auth0 without the build noticing.
 */
public final class SpecCheckedClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(specText())
            .withBasePathOverride("/api/v2")
            .build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String token = "dev-token";

    /** A client for a server whose API root is {@code base} (e.g. {@code http://127.0.0.1:1234/api/v2}). */
    public SpecCheckedClient(URI base) {
        this.base = base;
    }

    /** Sends requests with this bearer token (null: no Authorization header). */
    public SpecCheckedClient token(String newToken) {
        this.token = newToken;
        return this;
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply post(String path, String jsonBody) {
        return send("POST", path, jsonBody, "application/json");
    }

    public Reply patch(String path, String jsonBody) {
        return send("PATCH", path, jsonBody, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** Sends any request; the response is checked against the spec whatever the request was. */
    public Reply send(String method, String path, String body, String contentType) {
        return sendWithHeaders(method, path, body,
                body != null && contentType != null ? Map.of("Content-Type", contentType) : Map.of());
    }

    /** Sends a JSON request with extra headers (which win over the client's token). */
    public Reply sendWithHeaders(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new Reply(response.statusCode(), response.body(), response);
        List<String> problems = check(method, path, reply);
        if (!problems.isEmpty()) {
            throw new AssertionError("Response breaks the spec: " + method + " " + path + " -> "
                    + reply.status() + " " + reply.body() + "\n  " + String.join("\n  ", problems));
        }
        return reply;
    }

    /** What the spec says is wrong with a response (empty when it conforms). */
    public static List<String> check(String method, String path, Reply reply) {
        return check(method, path, reply.status(), reply.raw().headers().map(), reply.body());
    }

    /** What the spec says is wrong with a response given as its parts (for responses not read by this client). */
    public static List<String> check(String method, String path, int status, Map<String, List<String>> headers,
                                     String body) {
        List<String> problems = new ArrayList<>();
        errors(VALIDATOR, method, path, status, headers, body).stream()
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.toCollection(() -> problems));
        problems.addAll(Auth0Contract.check(method, path, status, headers, body));
        return problems;
    }

    /** The errors {@code validator} finds in a response to {@code method path} (a path under the API root). */
    static List<ValidationReport.Message> errors(OpenApiInteractionValidator validator, String method, String path,
                                                 int status, Map<String, List<String>> headers, String body) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse("/api/v2" + pathOnly,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
    }

    static String specText() {
        try (InputStream in = SpecCheckedClient.class.getClassLoader().getResourceAsStream("expcenter/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("expcenter/openapi.yaml is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text, for comparing whole bodies. */
    public JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, body text, and the raw response for headers. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** A header's first value, or null. */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
