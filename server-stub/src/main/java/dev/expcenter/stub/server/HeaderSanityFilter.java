package dev.expcenter.stub.server;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Headers Jersey would otherwise refuse with an empty 400 while routing, answered in Auth0's format
 * first: a {@code Content-Type} that is repeated or not a media type is 415
 * {@code unsupported_media_type}; a single header value over {@link #MAX_HEADER_VALUE_BYTES} is 431
 * {@code header_too_large} (the whole request head may be up to {@link JsonErrorPages#MAX_HEADER_BYTES}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
final class HeaderSanityFilter implements ContainerRequestFilter {
    /** The longest single header value accepted. */
    static final int MAX_HEADER_VALUE_BYTES = 8 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                if (value != null && value.length() > MAX_HEADER_VALUE_BYTES) {
                    request.abortWith(ErrorResponses.of(ApiError.HEADER_TOO_LARGE,
                            ApiError.HEADER_TOO_LARGE.message("header", header.getKey(), "limit", MAX_HEADER_VALUE_BYTES)));
                    return;
                }
            }
        }
        List<String> types = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (types == null || types.isEmpty()) {
            return;
        }
        if (types.size() > 1) {
            request.abortWith(unsupported("Content-Type is sent " + types.size() + " times, send it once"));
            return;
        }
        try {
            MediaType type = MediaType.valueOf(types.get(0));
            if (type.getType() == null || type.getType().isBlank() || type.getSubtype() == null
                    || type.getSubtype().isBlank()) {
                request.abortWith(unsupported("Content-Type " + types.get(0) + " is not a media type"));
            }
        } catch (IllegalArgumentException e) {
            request.abortWith(unsupported("Content-Type " + types.get(0) + " is not a media type"));
        }
    }

    private static jakarta.ws.rs.core.Response unsupported(String message) {
        return ErrorResponses.of(ApiError.UNSUPPORTED_MEDIA_TYPE,
                message.length() > 200 ? message.substring(0, 200) + "..." : message);
    }
}
