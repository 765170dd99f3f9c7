package dev.expcenter.mock;

import org.glassfish.jersey.server.ResourceConfig;

/**
 * Adds providers, features or resources to the mock's two Jersey applications before they start:
 * the API at {@code /api/v2} (after the stub's infrastructure and resources) and the root at
 * {@code /} (after the error mappers, CORS and the admin routes). The spec layer (validation,
 * examples, {@code Prefer}, chaos, docs) plugs in here.
 */
public interface MockExtension {
    /** Registers on the API application, as {@code SpecLayer} registers its {@code SpecDrivenFeature}. */
    default void configureApi(ResourceConfig app, MockContext context) {
    }

    /** Registers on the root application, as {@code SpecLayer} registers its {@code DocsFeature}. */
    default void configureRoot(ResourceConfig root, MockContext context) {
    }
}
