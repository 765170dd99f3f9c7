package dev.expcenter.stub.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A JSON body is first read to its end as tokens, so that text that is not JSON (e.g. {@code {"name": [}
 * cut short) is {@code Invalid JSON}, as the mock's schema check says, and not whatever type mismatch
 * Jackson's data binding meets before the end. The parse error propagates to {@code JsonErrorMapper}.
 */
@Priority(Priorities.ENTITY_CODER - 100)
public final class WellFormedJson implements ReaderInterceptor {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            try (JsonParser parser = JSON.createParser(body)) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
