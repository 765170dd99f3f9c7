package dev.expcenter.stub.server;

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
        String errorCode;
        String message;
        if (status >= 500 && undecodable(exception)) {
            // Grizzly failed to decode or normalise the path: the client's fault.
            answer = 400;
        }
        switch (answer) {
            case 400 -> {
                errorCode = "invalid_uri";
                message = "The request URI cannot be decoded";
            }
            case 404 -> {
                errorCode = "not_found";
                message = "Not Found";
            }
            case 405 -> {
                errorCode = "method_not_allowed";
                message = "Method Not Allowed";
            }
            case 413 -> {
                errorCode = "payload_too_large";
                message = "Payload Too Large";
            }
            default -> {
                errorCode = answer >= 500 ? "internal_error" : "bad_request";
                message = answer >= 500 ? "Internal Server Error" : ErrorResponses.reasonPhrase(answer);
            }
        }
        if (answer != status) {
            request.getResponse().setStatus(HttpStatus.getHttpStatus(answer));
        }
        request.getResponse().setContentType("application/json");
        request.getResponse().setCharacterEncoding("UTF-8");
        return body(answer, errorCode, message);
    }

    private static boolean undecodable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException || t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    /** Auth0's error body as JSON text, for answers written straight to Grizzly (strings escaped). */
    public static String body(int status, String errorCode, String message) {
        return "{\"statusCode\":" + status + ",\"error\":\"" + escape(ErrorResponses.reasonPhrase(status))
                + "\",\"message\":\"" + escape(message) + "\",\"errorCode\":\"" + escape(errorCode) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
