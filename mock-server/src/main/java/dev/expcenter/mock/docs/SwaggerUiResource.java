package dev.expcenter.mock.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /docs}: Swagger UI (from the {@code org.webjars:swagger-ui} jar) on {@code /openapi.yaml},
 * with "Try it out" against this mock and the authorization kept across reloads. Its static files
 * are served from the webjar under {@code /docs/}, versioned by the webjar, so browsers cache them.
 */
@Path("/docs")
public final class SwaggerUiResource {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String VERSION = webjarVersion();
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "png", "image/png",
            "map", "application/json",
            "txt", "text/plain; charset=utf-8");

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    /** The page itself, at {@code /docs} (and {@code /docs/}). */
    @GET
    public Response index() {
        String root = uriInfo.getBaseUri().getPath();
        String prefix = root.endsWith("/") ? root : root + "/";
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Experiment Center API (mock)</title>
                  <link rel="stylesheet" href="%1$sdocs/swagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$sdocs/favicon-32x32.png">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sdocs/swagger-ui-bundle.js" charset="utf-8"></script>
                  <script>
                    window.ui = SwaggerUIBundle({
                      url: "%1$sopenapi.yaml",
                      dom_id: "#swagger-ui",
                      deepLinking: true,
                      persistAuthorization: true,
                      displayOperationId: true,
                      oauth2RedirectUrl: window.location.origin + "%1$sdocs/oauth2-redirect.html",
                      presets: [SwaggerUIBundle.presets.apis],
                      layout: "BaseLayout"
                    });
                  </script>
                </body>
                </html>
                """.formatted(prefix);
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(html, TYPES.get("html")).cacheControl(noCache).build();
    }

    /** A static file of the webjar, e.g. {@code /docs/swagger-ui-bundle.js}. */
    @GET
    @Path("{file: [A-Za-z0-9][A-Za-z0-9._-]*}")
    public Response file(@PathParam("file") String file) {
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null || file.equals("index.html") || file.equals("swagger-initializer.js")) {
            throw new NotFoundException(); // Not the webjar's demo page, which points at the pet store.
        }
        EntityTag tag = new EntityTag(VERSION + "-" + file);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream(WEBJAR + VERSION + "/" + file);
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, type).cacheControl(cache).tag(tag).build();
    }

    /** The webjar's version, from its Maven metadata. */
    static String webjarVersion() {
        try (InputStream in = SwaggerUiResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
