package dev.expcenter.mock.spec;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockContext;
import dev.expcenter.mock.MockExtension;
import dev.expcenter.mock.docs.DocsFeature;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.Random;

/**
 * What makes the mock spec-driven, always installed: validation, example fallback, {@code Prefer} and
 * chaos on the API; Swagger UI, {@code /openapi.yaml} and the dev token endpoint at the root. Both
 * read one {@link SpecSource}, hot-reloaded when the mock runs with {@code --spec FILE}.
 */
public final class SpecLayer implements MockExtension, AutoCloseable {
    private final SpecSource source;
    private final ChaosSettings chaos;
    private final Strictness strictness;
    private final SpecViolations violations = new SpecViolations();

    private SpecLayer(SpecSource source, ChaosSettings chaos, Strictness strictness) {
        this.source = source;
        this.chaos = chaos;
        this.strictness = strictness;
    }

    /**
     * The layer for a configuration: its spec file (or the packaged spec) and its chaos settings. The
     * spec is parsed on a background thread: call {@link #awaitSpecFile()} before serving.
     */
    public static SpecLayer of(MockConfig config) {
        SpecSource source = config.specFile() == null
                ? SpecSource.classpathInBackground() : SpecSource.watchingInBackground(config.specFile());
        return new SpecLayer(source, new ChaosSettings(config.latency(), config.errorRate(), new Random()),
                config.strictness());
    }

    @Override
    public void configureApi(ResourceConfig app, MockContext context) {
        app.register(new SpecDrivenFeature(source, chaos, strictness, violations, context.sessions().extras()));
    }

    @Override
    public void configureRoot(ResourceConfig root, MockContext context) {
        root.register(new DocsFeature(source));
    }

    /**
     * Waits for a {@code --spec} file's first parse, so that a broken file stops start-up; the packaged
     * spec is not waited for (the first request that needs it does).
     */
    public void awaitSpecFile() {
        if (source.file() != null) {
            source.awaitLoaded();
        }
    }

    /**
     * {@code api} behind the layer's delays ({@code --latency}, {@code Prefer: delay}), served without
     * holding a worker thread.
     */
    public org.glassfish.grizzly.http.server.HttpHandler delaying(org.glassfish.grizzly.http.server.HttpHandler api) {
        return new DelayingHandler(api, chaos);
    }

    /** Responses that broke the spec since start. */
    public SpecViolations violations() {
        return violations;
    }

    /** The spec in force. */
    public SpecSource source() {
        return source;
    }

    /** Stops watching the spec file. */
    @Override
    public void close() {
        source.close();
    }
}
