package dev.expcenter.stub.operation;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * What Jersey matched a request to: the resource method's HTTP method and its full path template
 * (relative to the application, e.g. {@code /experimentation/experiments/{id}}, as the spec's
 * {@code paths} key it), and the class that handles it.
 *
 * @param method the HTTP method the resource method declares, upper case (a HEAD served by a GET method is GET)
 * @param template the path template of the resource method and its parent resources, joined
 * @param handler the resource class
 */
public record MatchedRoute(String method, String template, Class<?> handler) {
    /** The route of a resource method of the application's model. */
    public static MatchedRoute of(ResourceMethod method) {
        StringBuilder template = new StringBuilder();
        for (Resource resource = method.getParent(); resource != null; resource = resource.getParent()) {
            String path = resource.getPath() == null ? "" : resource.getPath();
            template.insert(0, path.startsWith("/") ? path : "/" + path);
        }
        String joined = template.toString().replaceAll("/{2,}", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return new MatchedRoute(method.getHttpMethod(), joined.isEmpty() ? "/" : joined,
                method.getInvocable().getHandler().getHandlerClass());
    }
}
