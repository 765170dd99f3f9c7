package dev.expcenter.mock.docs;

import dev.expcenter.mock.spec.SpecSource;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * The docs for the ROOT app (served at {@code /}): {@code GET /openapi.yaml} (the current spec,
 * pointed at this server), {@code GET /docs} (Swagger UI and its files) and {@code POST /oauth/token}
 * (a development client-credentials token endpoint, so "Authorize" then "Try it out" just works).
 */
public final class DocsFeature implements Feature {
    private final SpecSource source;

    /** Docs for the spec {@code source} holds (the same instance as the API app's). */
    public DocsFeature(SpecSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new OpenApiDocumentResource(source));
        context.register(new DevTokenResource(source));
        context.register(SwaggerUiResource.class);
        return true;
    }
}
