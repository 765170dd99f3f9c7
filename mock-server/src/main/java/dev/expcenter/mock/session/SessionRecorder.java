package dev.expcenter.mock.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.expcenter.engine.EngineState;
import dev.expcenter.mock.server.WrittenEntity;
import dev.expcenter.stub.server.JsonMapperProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Records, for a pact, every call of a session ({@value SessionEngines#HEADER}) that the API's
 * resources answered: the session's state just before it, the request without its token, the
 * status, the response's media type, {@code Location} and body. Not recorded: calls without a
 * session, calls with {@code Prefer} (forced answers), calls refused before a resource ran (a bad
 * token, a rate limit, the spec's validation, chaos), answers that depend on the token (401, 403
 * {@code insufficient_scope}) and server errors.
 */
// After the spec's validation and ForcingFilter: a request they answer never reaches the recorder.
@Priority(Priorities.USER + 200)
public final class SessionRecorder implements ContainerRequestFilter, ContainerResponseFilter, ReaderInterceptor,
        WriterInterceptor {
    private static final String BEFORE = SessionRecorder.class.getName() + ".before";
    private static final String REQUEST_BODY = SessionRecorder.class.getName() + ".requestBody";
    private static final String PENDING = SessionRecorder.class.getName() + ".pending";

    private final SessionEngines sessions;

    /** A recorder into the sessions' recordings. */
    public SessionRecorder(SessionEngines sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String session = request.getHeaderString(SessionEngines.HEADER);
        if (session == null || request.getHeaderString("Prefer") != null) {
            return;
        }
        try {
            request.setProperty(BEFORE, sessions.select(session).snapshot());
        } catch (InvalidSessionException e) {
            // the resource answers the bad name; nothing to record
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(BEFORE) != null) {
            byte[] body = context.getInputStream().readAllBytes();
            context.setProperty(REQUEST_BODY, body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(BEFORE) instanceof EngineState before)
                || !(request.getUriInfo() instanceof ExtendedUriInfo info) || info.getMatchedResourceMethod() == null
                || response.getStatus() == 401 || response.getStatus() == 429 || response.getStatus() >= 500) {
            return;
        }
        Pending pending = new Pending(request.getHeaderString(SessionEngines.HEADER), before, info.getMatchedResourceMethod(),
                template(info), request.getMethod(), info.getRequestUri().getRawPath(), query(info),
                text(request.getMediaType()), request.getProperty(REQUEST_BODY) instanceof byte[] b ? b : null,
                response.getStatus(), text(response.getMediaType()), response.getHeaderString("Location"));
        if (response.hasEntity()) {
            request.setProperty(PENDING, pending);
        } else {
            commit(pending, null);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Pending pending = WrittenEntity.take(context, PENDING, Pending.class);
        if (pending == null) {
            context.proceed();
            return;
        }
        commit(pending, WrittenEntity.tee(context));
    }

    private void commit(Pending p, byte[] responseBytes) {
        JsonNode responseBody = body(p.responseContentType, responseBytes);
        if (p.status == 403 && responseBody != null && "insufficient_scope".equals(responseBody.path("errorCode").asText())) {
            return;
        }
        RecordedCall call = new RecordedCall(p.method.getInvocable().getDefinitionMethod().getName(), p.template,
                p.httpMethod, p.path, p.query, p.requestContentType, body(p.requestContentType, p.requestBytes),
                p.status, p.responseContentType, p.location, responseBody, p.before);
        sessions.recording(p.session).ifPresent(recording -> recording.add(call));
    }

    private static JsonNode body(String mediaType, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        if (mediaType != null && mediaType.contains("json")) {
            try {
                return JsonMapperProvider.mapper().readTree(bytes);
            } catch (IOException notJson) {
                // kept as text below
            }
        }
        return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The matched templates, outermost first, joined: {@code /experimentation/experiments/{id}/status}. */
    private static String template(ExtendedUriInfo info) {
        List<UriTemplate> matched = new ArrayList<>(info.getMatchedTemplates());
        Collections.reverse(matched);
        StringBuilder template = new StringBuilder();
        for (UriTemplate t : matched) {
            String part = t.getTemplate();
            if (!part.isEmpty() && !part.equals("/")) {
                template.append(part.startsWith("/") ? "" : "/").append(part);
            }
        }
        return template.toString().replaceAll("/+", "/");
    }

    private static Map<String, List<String>> query(ExtendedUriInfo info) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        info.getQueryParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        return query;
    }

    private static String text(MediaType type) {
        return type == null ? null : type.toString();
    }

    private record Pending(String session, EngineState before, ResourceMethod method, String template,
                           String httpMethod, String path, Map<String, List<String>> query,
                           String requestContentType, byte[] requestBytes, int status,
                           String responseContentType, String location) {
    }
}
