package dev.expcenter.mock.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /__admin/health}: 200 once the mock serves requests (for scripts that wait for it). */
final class HealthTask implements AdminTask {
    @Override
    public Response execute(ContainerRequestContext request) {
        return Response.ok(Map.of("status", "UP")).build();
    }
}
