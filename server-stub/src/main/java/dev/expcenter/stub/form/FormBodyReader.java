package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.stub.model.ErrorResponse;
import jakarta.ws.rs.Consumes;
import dev.expcenter.stub.operation.ApiOperation;
import dev.expcenter.stub.operation.OperationFilter;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Reads a form body into a generated request model: {@link FormConverter} makes the JSON document it
 * stands for, typed by the schema of the request's operation (as {@link OperationFilter} found it),
 * and the application's own JSON reader binds that document. So a form gets what the equivalent JSON
 * gets: the same ObjectMapper, the same unknown property and type errors, the same bean validation
 * afterwards.
 *
 * <p>The schemas are the packaged spec's, unless the application's {@link #SCHEMAS_PROPERTY} holds
 * other {@link FormSchemas} (the mock's: the spec it serves, reloaded with {@code --spec}).
 *
 * <p>It reads only the generated models, which no Jersey provider reads from a form: Jersey's own
 * form providers keep {@code Form} and {@code MultivaluedMap} (and {@code @FormParam}), and this one
 * never takes a form body that a resource asks for as such.
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public final class FormBodyReader implements MessageBodyReader<Object> {
    private static final Package MODELS = ErrorResponse.class.getPackage();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The application property naming the {@link FormSchemas} to type forms by, instead of the packaged spec's. */
    public static final String SCHEMAS_PROPERTY = "expcenter.form.schemas";

    private final FormSchemas packaged = SpecFormSchemas.packaged();

    @Context
    private Providers providers;
    // The request is not proxied into a provider's field: a Provider yields the current one.
    @Inject
    private Provider<ContainerRequest> request;
    @Context
    private Configuration configuration;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getPackage() == MODELS && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        // Read whole: the body limit already bounds it, and a form cannot be typed as it streams in.
        byte[] body = entity.readAllBytes();
        JsonNode schema = schemas().requestBody(operationId()).orElse(null);
        byte[] json = JSON.writeValueAsBytes(FormConverter.toTree(body, schema));
        MessageBodyReader<Object> reader = providers.getMessageBodyReader(type, genericType, annotations,
                MediaType.APPLICATION_JSON_TYPE);
        if (reader == null) {
            throw new IllegalStateException("No JSON reader for " + type.getName());
        }
        return reader.readFrom(type, genericType, annotations, MediaType.APPLICATION_JSON_TYPE, headers,
                new ByteArrayInputStream(json));
    }

    private FormSchemas schemas() {
        Object configured = configuration == null ? null : configuration.getProperty(SCHEMAS_PROPERTY);
        return configured instanceof FormSchemas schemas ? schemas : packaged;
    }

    /** The operationId of the request's operation, as {@link OperationFilter} found it. */
    private String operationId() {
        ContainerRequest current = request == null ? null : request.get();
        return current == null ? "" : OperationFilter.operation(current).map(ApiOperation::operationId).orElse("");
    }
}
