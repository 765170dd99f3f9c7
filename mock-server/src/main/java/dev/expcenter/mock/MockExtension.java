package dev.expcenter.mock;

import org.glassfish.jersey.server.ResourceConfig;

/**
 * Adds providers, features or resources to the mock's two Jersey applications before they start:
 * the API at {@code /api/v2} (after the stub's infrastructure and resources) and the root at
 * {@code /} (after the error mappers, CORS and the admin routes). The spec layer (validation,
 * examples, {@code Prefer}, chaos, docs) plugs in here.
 */
public interface MockExtension {
    /** Registers on the API application, e.g. {@code app.register(new SpecValidationFeature(...))}. */
    default void configureApi(ResourceConfig app, MockContext context) {
    }

    /** Registers on the root application, e.g. {@code root.register(DocsResource.class)}. */
    default void configureRoot(ResourceConfig root, MockContext context) {
    }
}
