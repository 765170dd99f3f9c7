package dev.expcenter.stub.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.expcenter.stub.form.FormConverter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Records which top-level properties a PATCH body sent. A generated model reads an absent property
 * and {@code "description": null} alike, as null; Auth0's PATCH bodies give them different meanings
 * (keep it, clear it), so the resources ask {@link #sent} which one they got.
 *
 * <p>PATCH bodies are the spec's {@code Update<Thing>Request} schemas (the naming rule in
 * {@code openapi/README.md}); status bodies ({@code Update<Thing>StatusRequest}) are not read twice.
 */
@Priority(Priorities.ENTITY_CODER)
public final class SentProperties implements ReaderInterceptor {
    private static final String PROPERTY = SentProperties.class.getName();
    private static final String MODEL_PACKAGE = "dev.expcenter.stub.model.";
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType());
        boolean form = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(context.getMediaType());
        if (!isPatchBody(context.getType()) || !json && !form) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        Object entity = context.proceed(); // a malformed body fails here, as any other body would
        context.setProperty(PROPERTY, json ? topLevelNames(body) : FormConverter.propertyNames(body));
        return entity;
    }

    /** Whether the request's body sent {@code name} (null included); false when nothing was recorded. */
    public static boolean sent(ContainerRequestContext request, String name) {
        return request.getProperty(PROPERTY) instanceof Set<?> names && names.contains(name);
    }

    static boolean isPatchBody(Class<?> type) {
        String name = type.getName();
        return name.startsWith(MODEL_PACKAGE + "Update") && name.endsWith("Request") && !name.endsWith("StatusRequest");
    }

    static Set<String> topLevelNames(byte[] body) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return names;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        return names;
    }
}
