package dev.expcenter.stub.error;

import dev.expcenter.engine.Constraint;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.glassfish.jersey.server.ParamException;

/**
 * A query or path value Jersey could not convert (e.g. {@code take=abc}): 400
 * {@code invalid_query_string} or {@code invalid_uri}. A number parameter is told what the mock's schema
 * check says ({@code Expected type integer but found type string}); Jersey's own message (a Java
 * exception) is never shown.
 */
@Provider
public final class ParamExceptionMapper extends ErrorMapper<ParamException> {
    @Context
    private UriInfo uriInfo;
    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(ParamException e) {
        String name = e.getParameterName();
        if (e instanceof ParamException.QueryParamException) {
            String value = uriInfo == null ? null : uriInfo.getQueryParameters().getFirst(name);
            String number = numberType(name);
            if (number != null) {
                return Validation.response(Validation.Part.QUERY, Validation.what(Constraint.TYPE, "string", number), name);
            }
            return Validation.response(Validation.Part.QUERY, "Invalid value \"" + value + "\"", name);
        }
        if (e instanceof ParamException.PathParamException || e instanceof ParamException.MatrixParamException) {
            return Validation.response(Validation.Part.PATH, "Invalid value", name);
        }
        if (e instanceof ParamException.FormParamException) {
            return invalidBody("Invalid value", name);
        }
        return ErrorResponses.withoutCode(400, "Invalid value of " + e.getParameterType().getSimpleName() + " " + name)
                .build();
    }

    /** The schema type of the matched method's query parameter {@code name} when it is a number, else null. */
    private String numberType(String name) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        // The annotations are on the generated interface the resource implements.
        for (Class<?> api : method.getDeclaringClass().getInterfaces()) {
            try {
                String type = numberType(api.getMethod(method.getName(), method.getParameterTypes()), name);
                if (type != null) {
                    return type;
                }
            } catch (NoSuchMethodException notThisOne) {
                // another interface declares it
            }
        }
        return numberType(method, name);
    }

    private static String numberType(Method method, String name) {
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (query != null && query.value().equals(name)) {
                Class<?> type = p.getType();
                if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                    return "integer";
                }
                return Number.class.isAssignableFrom(type) ? "number" : null;
            }
        }
        return null;
    }
}
