package dev.expcenter.mock;

import dev.expcenter.engine.EngineException;
import dev.expcenter.mock.cors.CorsFilter;
import dev.expcenter.mock.cors.CorsPolicy;
import dev.expcenter.mock.data.DataSet;
import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.mock.server.DeferredContainer;
import dev.expcenter.mock.server.MockApiApplication;
import dev.expcenter.mock.server.RootApplication;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.RunningServer;
import dev.expcenter.stub.server.ServerBuilder;
import dev.expcenter.stub.server.Warmup;
import dev.expcenter.mock.spec.SpecLayer;
import dev.expcenter.mock.spec.SpecSource;
import dev.expcenter.mock.spec.SpecViolations;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The mock on one port: the API at {@code /api/v2} and the root application at {@code /}
 * ({@code /__admin/**}, and what extensions add). Closing it lets in-flight requests finish.
 *
 * <pre>{@code try (MockServer mock = MockServer.start(MockConfig.builder().build())) { ... mock.apiUri() ... }}</pre>
 */
public final class MockServer implements AutoCloseable {
    /** The API's base path, as on Auth0. */
    public static final String API_PATH = "/api/v2";

    private final RunningServer http;
    private final MockContext context;
    private final RequestJournal journal;
    private final SpecLayer spec;
    private final StateDatabase database;

    private MockServer(RunningServer http, MockContext context, RequestJournal journal, SpecLayer spec,
                       StateDatabase database) {
        this.http = http;
        this.context = context;
        this.journal = journal;
        this.spec = spec;
        this.database = database;
    }

    /**
     * Loads the data and starts serving.
     *
     * @throws dev.expcenter.stub.data.InvalidStateException when the data file or the state file is
     *     malformed, foreign or inconsistent (a state file is then left untouched)
     * @throws dev.expcenter.stub.data.StateNotSavedException when a new state file cannot be created
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public static MockServer start(MockConfig config) {
        // Start-up: logging, Jackson, Hibernate Validator and the spec warm up on background threads.
        Warmup.start();
        if (config.stub().stateFile() != null) {
            StateDatabase.preload();
        }
        SpecLayer spec = SpecLayer.of(config);
        DataSet data;
        SessionEngines sessions;
        StateDatabase database = null;
        try {
            data = DataSet.load(config.stub().dataFile());
            try {
                sessions = new SessionEngines(data.state(), config.maxSessions(), config.sessionIdle());
            } catch (EngineException e) {
                throw data.inconsistent(e);
            }
            if (config.stub().stateFile() != null) {
                // The default session is kept in the file: loaded from it, each write committed to it.
                database = StateDatabase.open(config.stub().stateFile(), data.state(), ApiResources.stateFile(),
                        sessions.select((String) null));
            }
        } catch (RuntimeException e) {
            closeAll(spec, database);
            throw e;
        }
        MockContext context = new MockContext(config, sessions, data);
        List<MockExtension> extensions = new ArrayList<>();
        extensions.add(spec);
        extensions.addAll(config.extensions());
        RequestJournal journal = new RequestJournal(config.journalSize());
        CorsFilter cors = new CorsFilter(new CorsPolicy(config.corsOrigins()));
        // Delays wait in a timer, not in a worker (DelayingHandler). Admin and docs are built on their
        // first request, off the way to the API's first 200.
        ResourceConfig api = MockApiApplication.create(context, journal, cors, extensions);
        ResourceConfig root = RootApplication.create(context, journal, cors, extensions);
        ServerBuilder server = ServerBuilder.listen("expcenter-mock", config.stub())
                .mount(API_PATH, spec.delaying(ServerBuilder.container(api)))
                .mount("", new DeferredContainer("expcenter-mock-root", () -> ServerBuilder.container(root)));
        try {
            spec.awaitSpecFile();
            return new MockServer(server.start(), context, journal, spec, database);
        } catch (RuntimeException e) {
            closeAll(spec, database);
            throw e;
        }
    }

    private static void closeAll(SpecLayer spec, StateDatabase database) {
        try {
            spec.close();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** The root, e.g. {@code http://127.0.0.1:4010}; admin routes are under {@code /__admin}. */
    public URI uri() {
        return http.root();
    }

    /** The API's base, e.g. {@code http://127.0.0.1:4010/api/v2}: what a client's base URL becomes. */
    public URI apiUri() {
        return URI.create(http.root() + API_PATH);
    }

    /** The port actually bound. */
    public int port() {
        return http.port();
    }

    /** Restores the data set everywhere and drops every session, as {@code POST /__admin/reset} does. */
    public void reset() {
        context.sessions().resetAll();
    }

    /** The engines by session; {@code sessions().select((String) null)} is the default engine. */
    public SessionEngines sessions() {
        return context.sessions();
    }

    /** The data set the engines start from. */
    public DataSet data() {
        return context.data();
    }

    /** The recent API requests. */
    public RequestJournal journal() {
        return journal;
    }

    /** Responses that broke the spec since start (each is also logged as an error). */
    public SpecViolations specViolations() {
        return spec.violations();
    }

    /** The spec it serves; with a spec file, {@link SpecSource#addListener} hears each reload. */
    public SpecSource spec() {
        return spec.source();
    }

    /** The configuration it runs with. */
    public MockConfig config() {
        return context.config();
    }

    /** Stops accepting connections, waits up to 5 s for in-flight requests, then stops. */
    @Override
    public void close() {
        try {
            http.close();
        } finally {
            closeAll(spec, database);
        }
    }
}
