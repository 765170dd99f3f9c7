package dev.expcenter.mock.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.mock.spec.SpecViolations;
import dev.expcenter.stub.testsupport.ApiHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real mock ({@link MockServer}, as users start it) and an HTTP/1.1 client for its API that judges
 * nothing by Auth0's document: the spec-layer tests serve specs of their own ({@code --spec FILE}) and
 * check the mock's verdicts against those ({@link #violations()}).
 */
public final class MockApi implements AutoCloseable {
    public static final String JSON = ApiHttp.JSON;

    private final MockServer server;
    private final boolean owned;
    private final ApiHttp http;
    private final AtomicInteger drafts = new AtomicInteger();

    private MockApi(MockServer server, boolean owned) {
        this.server = server;
        this.owned = owned;
        this.http = new ApiHttp(URI.create(server.apiUri() + "/"));
    }

    /** Starts a mock with {@code config}; closing this stops it. */
    public static MockApi start(MockConfig config) {
        return new MockApi(MockServer.start(config), true);
    }

    /** A client for a mock started elsewhere (e.g. by {@code ExpcenterMock}); closing this leaves it running. */
    public static MockApi on(MockServer server) {
        return new MockApi(server, false);
    }

    public MockServer server() {
        return server;
    }

    /** The default session's engine, to check that an answer changed nothing. */
    public ExperimentCenter engine() {
        return server.sessions().select((String) null);
    }

    /** Responses that broke the served spec since the mock started. */
    public SpecViolations violations() {
        return server.specViolations();
    }

    /** The API root, {@code http://127.0.0.1:port/api/v2/}. */
    public URI apiUri() {
        return URI.create(server.apiUri() + "/");
    }

    /** The server's root, {@code http://127.0.0.1:port/}, where the docs are. */
    public URI rootUri() {
        return URI.create(server.uri() + "/");
    }

    /** A request to {@code path} below /api/v2/ with an opaque dev token. */
    public HttpRequest.Builder request(String path) {
        return http.request(path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request);
    }

    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    public HttpResponse<String> post(String path, String json) {
        return http.post(path, json);
    }

    public HttpResponse<String> patch(String path, String json) {
        return http.patch(path, json);
    }

    /**
     * Creates a draft flag with one variation and a draft experiment on it (all of its traffic on that
     * variation); returns the experiment's id. Names are unique within this client, as Auth0 requires.
     */
    public String draftExperiment() {
        int n = drafts.incrementAndGet();
        HttpResponse<String> flag = post("experimentation/feature-flags", """
                {"name": "spec_layer_prompt_%d", "parameters": {"show_passkey_prompt": {"type": "boolean", "value": false}}}
                """.formatted(n));
        String flagId = json(flag).path("id").asText();
        HttpResponse<String> variation = post("experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "Prompt off", "overrides": {}}""");
        String variationId = json(variation).path("id").asText();
        HttpResponse<String> experiment = post("experimentation/experiments", """
                {"name": "Spec layer prompt %d", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
                 "allocation_strategy": "percentage", "assignment_config": {"subject": "device"},
                 "allocations": [{"variation_id": "%s", "weight": 100, "is_control": true}]}
                """.formatted(n, flagId, variationId));
        if (experiment.statusCode() != 201) {
            throw new AssertionError("setup failed: " + flag.body() + " / " + variation.body() + " / "
                    + experiment.body());
        }
        return json(experiment).path("id").asText();
    }

    public static JsonNode json(HttpResponse<String> response) {
        return ApiHttp.json(response);
    }

    @Override
    public void close() {
        if (owned) {
            server.close();
        }
    }
}
