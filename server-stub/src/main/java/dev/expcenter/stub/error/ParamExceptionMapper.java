package dev.expcenter.stub.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * A query or path value Jersey could not convert (e.g. {@code take=abc}): 400
 * {@code invalid_query_string} or {@code invalid_uri}. Jersey's own message (a Java exception) is
 * never shown.
 */
@Provider
public final class ParamExceptionMapper extends ErrorMapper<ParamException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ParamException e) {
        String name = e.getParameterName();
        if (e instanceof ParamException.QueryParamException) {
            String value = uriInfo == null ? null : uriInfo.getQueryParameters().getFirst(name);
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
}
