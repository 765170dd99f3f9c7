package dev.expcenter.mock.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.server.WrittenEntity;
import dev.expcenter.mock.session.ExtraProperties;
import dev.expcenter.mock.spec.ServedExtras.OperationExtras;
import dev.expcenter.stub.resource.EngineSelector;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the stub answer as the served spec says where it differs from the packaged one
 * ({@link ServedExtras}). Runs after request validation, so what it sees the served spec accepted:
 * <ul>
 * <li>body properties the stub's models do not know are taken out before the resource reads the
 *     body, and kept with the entity the write answers with ({@link ExtraProperties});</li>
 * <li>answers get them back where the served spec declares them (the entity, or each item of a
 *     list), required properties nothing carries filled, and undeclared ones dropped: inside response
 *     validation, so what is checked is what is sent;</li>
 * <li>a query filter value the served spec allows and the engine does not know answers the empty
 *     page: nothing can be in a status the engine has never heard of.</li>
 * </ul>
 * With the packaged spec served, nothing differs and each hook returns at once.
 */
@Priority(Priorities.USER + 50)
final class ExtraPropertiesFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    private static final String EXTRAS = ExtraPropertiesFilter.class.getName() + ".extras";
    private static final String SENT = ExtraPropertiesFilter.class.getName() + ".sent";
    private static final String WRITE = ExtraPropertiesFilter.class.getName() + ".write";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final SpecSource source;
    private final ExtraProperties store;
    @Inject
    private Provider<EngineSelector> engines;

    ExtraPropertiesFilter(SpecSource source, ExtraProperties store) {
        this.source = source;
        this.store = store;
    }

    /** What the writer does to one answer: store {@code sent} under its id, then reshape it. */
    private record Write(ExperimentCenter engine, Map<String, JsonNode> sent, ResponseShape shape) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<SpecOperation> operation = ApiCall.operation(request);
        OperationExtras extras = operation.isEmpty() ? null : ApiCall.spec(request, source).extras().of(operation.get());
        if (extras == null) {
            return;
        }
        request.setProperty(EXTRAS, extras);
        if (extras.emptyPage() != null && extras.unknownFilter(request.getUriInfo().getQueryParameters()) != null) {
            request.abortWith(Response.ok(extras.emptyPage(), MediaType.APPLICATION_JSON_TYPE).build());
            return;
        }
        if (!extras.body().isEmpty() && isJson(request.getMediaType())) {
            takeExtras(request, operation.get(), extras);
        }
    }

    private void takeExtras(ContainerRequestContext request, SpecOperation operation, OperationExtras extras)
            throws IOException {
        byte[] content = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(content));
        if (content.length == 0 || !(JSON.readTree(content) instanceof ObjectNode body)) {
            return;
        }
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        for (String name : extras.body()) {
            JsonNode value = body.remove(name);
            if (value != null) {
                sent.put(name, value);
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        if (body.isEmpty() && "PATCH".equals(request.getMethod())) {
            OwnNamePatch.of(engines.get().select((HttpHeaders) request), operation, ApiCall.path(request))
                    .ifPresent(name -> body.put("name", name));
        }
        byte[] rest = JSON.writeValueAsBytes(body);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(rest.length));
        request.setEntityStream(new ByteArrayInputStream(rest));
        request.setProperty(SENT, Map.copyOf(sent));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        boolean applied = status / 100 == 2 && !response.getHeaders().containsKey(ForcingFilter.FORCED_HEADER);
        if (applied && "DELETE".equals(request.getMethod())) {
            // Whatever the served spec says of the DELETE itself: the entity's extras go with it.
            String path = ApiCall.path(request);
            store.remove(engines.get().select((HttpHeaders) request), path.substring(path.lastIndexOf('/') + 1));
        }
        if (!(request.getProperty(EXTRAS) instanceof OperationExtras extras)) {
            return;
        }
        ExperimentCenter engine = engines.get().select((HttpHeaders) request);
        @SuppressWarnings("unchecked")
        Map<String, JsonNode> sent = applied ? (Map<String, JsonNode>) request.getProperty(SENT) : null;
        ResponseShape shape = extras.response(status);
        if (response.hasEntity() && (sent != null || shape != null)) {
            request.setProperty(WRITE, new Write(engine, sent, shape));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Write write = WrittenEntity.take(context, WRITE, Write.class);
        if (write == null) {
            context.proceed();
            return;
        }
        JsonNode body = JSON.readTree(WrittenEntity.capture(context));
        String id = body.path("id").asText(null);
        if (write.sent() != null && id != null) {
            store.put(write.engine(), id, write.sent());
        }
        if (write.shape() != null) {
            write.shape().apply(body, entity -> store.get(write.engine(), entity));
        }
        JSON.writeValue(context.getOutputStream(), body);
    }

    private static boolean isJson(MediaType type) {
        return type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    }
}
