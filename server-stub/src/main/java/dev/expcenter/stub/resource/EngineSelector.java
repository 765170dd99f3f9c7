package dev.expcenter.stub.resource;

import dev.expcenter.engine.ExperimentCenter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Picks the engine (the tenant's state) that serves a request. The stub has one; the mock picks a
 * session's copy by header.
 */
@FunctionalInterface
public interface EngineSelector {
    /** The engine for a request with these headers. */
    ExperimentCenter select(HttpHeaders headers);

    /** Always the same engine. */
    static EngineSelector fixed(ExperimentCenter engine) {
        return headers -> engine;
    }
}
