package dev.expcenter.stub.server;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Looks at each request's raw URI before Grizzly decodes and maps it, because Grizzly answers some
 * URIs itself with an empty or HTML 500: an encoded slash, backslash or NUL ({@code %2F}, {@code %5C},
 * {@code %00}) is escaped once more so it stays part of its path segment (ids never contain them, so
 * the answer is the resource's 404); raw non-ASCII bytes are percent-encoded (UTF-8, as a browser
 * would); a raw control character, a {@code %} not followed by two hex digits ({@code %zz}) or escapes
 * that are not UTF-8 ({@code %FF}, {@code %C3%28}, raw bytes alike), all of which Grizzly would answer
 * with an empty 500, are 400 {@code invalid_uri}; a path climbing above the root is 404
 * {@code not_found}. These answers carry Auth0's JSON error body.
 */
final class UriGuard extends BaseFilter implements AddOn {
    private static final String CHECKED = UriGuard.class.getName() + ".checked";

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        builder.add(codec + 1, this);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)) {
            return ctx.getInvokeAction();
        }
        HttpHeader header = content.getHttpHeader();
        if (!(header instanceof HttpRequestPacket request) || request.getAttribute(CHECKED) != null) {
            return ctx.getInvokeAction();
        }
        request.setAttribute(CHECKED, Boolean.TRUE);
        String raw = request.getRequestURI();
        StringBuilder uri = new StringBuilder(raw.length() + 16);
        boolean changed = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return answer(ctx, request, ApiError.INVALID_URI, "The request URI contains a control character");
            }
            if (c == '%' && !(i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2)))) {
                return answer(ctx, request, ApiError.INVALID_URI, ApiError.INVALID_URI.template());
            }
            if (c >= 0x80) {
                byte[] bytes = c <= 0xff ? new byte[] {(byte) c} : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    uri.append('%').append(String.format("%02X", b & 0xff));
                }
                changed = true;
            } else if (c == '%' && i + 2 < raw.length() && isReserved(raw.substring(i + 1, i + 3))) {
                uri.append("%25");
                changed = true;
            } else {
                uri.append(c);
            }
        }
        String path = uri.toString();
        if (path.indexOf('%') >= 0 && !isUtf8(path)) {
            return answer(ctx, request, ApiError.INVALID_URI, ApiError.INVALID_URI.template());
        }
        if (escapesRoot(path)) {
            return answer(ctx, request, ApiError.NOT_FOUND, ApiError.NOT_FOUND.template());
        }
        if (changed) {
            request.setRequestURI(path);
        }
        return ctx.getInvokeAction();
    }

    /** Whether the escapes of {@code path} (ASCII, every {@code %} followed by two hex digits) decode as UTF-8. */
    private static boolean isUtf8(String path) {
        byte[] bytes = new byte[path.length()];
        int length = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                bytes[length++] = (byte) Integer.parseInt(path, i + 1, i + 3, 16);
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isReserved(String hex) {
        return hex.equalsIgnoreCase("2F") || hex.equalsIgnoreCase("5C") || hex.equals("00");
    }

    private static boolean escapesRoot(String path) {
        if (!path.contains("..")) {
            return false;
        }
        try {
            String normal = new URI(null, null, path, null).normalize().getPath();
            return normal == null || normal.startsWith("/..") || normal.startsWith("..");
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private static NextAction answer(FilterChainContext ctx, HttpRequestPacket request, ApiError error,
                                     String message) {
        int status = error.status();
        byte[] body = ErrorResponses.json(status, error, message).getBytes(StandardCharsets.UTF_8);
        HttpResponsePacket response = request.getResponse();
        response.setStatus(status);
        response.setReasonPhrase(ErrorResponses.reasonPhrase(status));
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.setHeader(Header.Connection, "close");
        HttpContent reply = HttpContent.builder(response)
                .content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build();
        CompletionHandler<WriteResult> close = new EmptyCompletionHandler<>() {
            @Override
            public void completed(WriteResult result) {
                ctx.getConnection().closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                ctx.getConnection().closeSilently();
            }
        };
        ctx.write(reply, close);
        return ctx.getStopAction();
    }
}
