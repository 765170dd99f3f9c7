package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.docs.DocsFeature;
import dev.expcenter.stub.resource.EngineSelector;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.server.StubServer;
import dev.expcenter.stub.testsupport.ApiHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import dev.expcenter.stub.server.ApiApplication;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The stub's API app with the spec-driven feature on a free port, optionally with the docs root app
 * beside it, and an HTTP/1.1 client.
 */
public final class SpecHarness implements AutoCloseable {
    public static final String JSON = ApiHttp.JSON;

    private final StubServer api;
    private final HttpServer root;
    private final URI apiUri;
    private final SpecDrivenFeature feature;
    private ExperimentCenter engine;
    private final ApiHttp http;
    private final AtomicInteger drafts = new AtomicInteger();

    private SpecHarness(StubServer api, HttpServer root, URI apiUri, SpecDrivenFeature feature) {
        this.api = api;
        this.root = root;
        this.apiUri = apiUri;
        this.feature = feature;
        this.http = new ApiHttp(apiUri);
    }

    /** The API app, strict, no chaos. */
    public static SpecHarness start(SpecSource source) {
        return start(source, ChaosSettings.none(), Strictness.FAIL, false);
    }

    /**
     * The API app, and when {@code docs} the docs root app on the same port (the API at
     * {@code /api/v2}, the docs at {@code /}), composed as the mock composes them.
     */
    public static SpecHarness start(SpecSource source, ChaosSettings chaos, Strictness strictness, boolean docs) {
        SpecDrivenFeature feature = new SpecDrivenFeature(source, chaos, strictness);
        ExperimentCenter engine = ExperimentCenter.create();
        Consumer<ResourceConfig> extensions = app -> {
            ApiResources.register(app, EngineSelector.fixed(engine));
            app.register(feature);
        };
        if (!docs) {
            StubServer api = StubServer.start(StubConfig.builder().build(), extensions);
            return new SpecHarness(api, null, api.uri(), feature).engine(engine);
        }
        ResourceConfig rootApp = new ResourceConfig().register(new DocsFeature(source));
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), rootApp, false);
        GrizzlyHttpContainer apiContainer = new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class,
                ApiApplication.create(StubConfig.builder().build(), extensions));
        http.getServerConfiguration().addHttpHandler(apiContainer,
                HttpHandlerRegistration.builder().contextPath("/api/v2").urlPattern("/*").build());
        try {
            http.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = http.getListeners().iterator().next().getPort();
        return new SpecHarness(null, http, URI.create("http://127.0.0.1:" + port + "/api/v2/"), feature).engine(engine);
    }

    private SpecHarness engine(ExperimentCenter value) {
        this.engine = value;
        return this;
    }

    /** The state behind the API, to check that forced answers change nothing. */
    public ExperimentCenter engine() {
        return engine;
    }

    public SpecViolations violations() {
        return feature.violations();
    }

    /** The API root, {@code http://127.0.0.1:port/api/v2/}. */
    public URI apiUri() {
        return apiUri;
    }

    /** The server's root, {@code http://127.0.0.1:port/}, where the docs are. */
    public URI rootUri() {
        return apiUri.resolve("/");
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
     * variation); returns the experiment's id. Names are unique within the harness, as Auth0 requires.
     */
    public String draftExperiment() {
        int n = drafts.incrementAndGet();
        HttpResponse<String> flag = post("experimentation/feature-flags", """
                {"name": "show_passkey_prompt_%d", "parameters": {"show_passkey_prompt": {"type": "boolean", "value": false}}}
                """.formatted(n));
        String flagId = json(flag).path("id").asText();
        HttpResponse<String> variation = post("experimentation/feature-flags/" + flagId + "/variations", """
                {"name": "Prompt off", "overrides": {}}""");
        String variationId = json(variation).path("id").asText();
        HttpResponse<String> experiment = post("experimentation/experiments", """
                {"name": "Passkey prompt %d", "feature_flag_id": "%s", "authentication_flow": "pre_authentication",
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
        if (api != null) {
            api.close();
        }
        if (root != null) {
            root.shutdownNow();
        }
    }
}
