package dev.expcenter.stub.server;

import org.glassfish.jersey.server.ResourceConfig;

/**
 * The JAX-RS resources implementing the generated {@code dev.expcenter.stub.api} interfaces.
 * Register each one here; {@link Main} serves exactly these.
 */
public final class ApiResources {
    private ApiResources() {
    }

    /** Registers the resources, built for {@code config}, on {@code app}. */
    public static void register(ResourceConfig app, StubConfig config) {
        // e.g. app.register(new ExperimentsResource(engine));
    }
}
