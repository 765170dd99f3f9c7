package dev.expcenter.stub.server;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import java.io.CharConversionException;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Auth0's JSON error body for the answers Grizzly gives itself, before any Jersey application sees the
 * request: a path no handler serves (404 {@code not_found}), a path it cannot decode or normalise (400
 * {@code invalid_uri}, instead of Grizzly's 500). Installed by both servers through {@link #install}.
 *
 * <p>Grizzly calls {@link #generate} after setting the status and sets {@code text/html} only if the
 * generator left the content type unset, so the generator sets {@code application/json} itself.
 * {@link UriGuard} rewrites or answers the raw URIs Grizzly would otherwise fail on (encoded slashes and
 * NULs, raw non-ASCII or control bytes, paths above the root), and the header limit is raised so long
 * ids reach the application too, and so do bodies on GET, HEAD and DELETE. What the HTTP
 * codec refuses before any handler runs (a request head over {@link #MAX_HEADER_BYTES}) still gets
 * Grizzly's empty 400.
 */
public final class JsonErrorPages implements ErrorPageGenerator {
    /** The largest request line plus headers accepted (Grizzly's default is 8 KiB). */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private JsonErrorPages() {
    }

    /** Installs the JSON error pages and the header limit; call before {@link HttpServer#start()}. */
    public static void install(HttpServer http) {
        JsonErrorPages pages = new JsonErrorPages();
        http.getServerConfiguration().setDefaultErrorPageGenerator(pages);
        // A body on a GET, HEAD or DELETE: Grizzly's codec answers its own empty 400 unless allowed. Let
        // it through, so such a request gets the application's answer (the body is ignored where the
        // operation takes none, and an oversized one is Auth0's 413 payload_too_large).
        http.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        for (NetworkListener listener : http.getListeners()) {
            listener.setDefaultErrorPageGenerator(pages);
            listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
            listener.registerAddOn(new UriGuard());
        }
    }

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        int answer = status;
        if (status >= 500 && undecodable(exception)) {
            // Grizzly failed to decode or normalise the path: the client's fault.
            answer = 400;
        }
        ApiError code = answer == 400 ? ApiError.INVALID_URI : ApiError.forStatus(answer);
        if (code == null) {
            code = answer >= 500 ? ApiError.INTERNAL_ERROR : ApiError.BAD_REQUEST;
        }
        // Grizzly's own answers carry no detail a template could name: the reason phrase says it all.
        String message = code == ApiError.INVALID_URI ? code.template()
                : ErrorResponses.reasonPhrase(answer >= 500 ? 500 : answer);
        if (answer != status) {
            request.getResponse().setStatus(HttpStatus.getHttpStatus(answer));
        }
        request.getResponse().setContentType("application/json");
        request.getResponse().setCharacterEncoding("UTF-8");
        return ErrorResponses.json(answer, code, message);
    }

    private static boolean undecodable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException || t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }
}
