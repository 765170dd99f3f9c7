package dev.expcenter.mock.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** One admin operation; {@link AdminRoutes} binds each to its method and path. */
@FunctionalInterface
interface AdminTask {
    Response execute(ContainerRequestContext request);
}
