package dev.expcenter.stub.resource;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.server.SentProperties;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** What every resource needs: the request's engine, and where the request was sent for Location headers. */
abstract class EngineBackedResource {
    private final EngineSelector engines;
    // Singletons: Jersey injects request-scoped proxies into these fields.
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;
    // Jersey binds the request context without a proxy: a plain field would keep the first request's
    // (recycled by Grizzly afterwards), so it is looked up per call.
    @Inject
    private Provider<ContainerRequestContext> request;

    EngineBackedResource(EngineSelector engines) {
        this.engines = engines;
    }

    final ExperimentCenter engine() {
        return engines.select(headers);
    }

    final UriInfo uriInfo() {
        return uriInfo;
    }

    /** Whether the request's PATCH body sent {@code property}, {@code null} included. */
    final boolean sent(String property) {
        return SentProperties.sent(request.get(), property);
    }
}
