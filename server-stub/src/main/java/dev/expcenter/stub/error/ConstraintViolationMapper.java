package dev.expcenter.stub.error;

import dev.expcenter.engine.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bean validation failed on a resource method parameter: the body is {@code invalid_body}, a query
 * parameter {@code invalid_query_string}, a path parameter {@code invalid_uri}. A violation on a
 * return value is the server's fault: 500.
 */
@Provider
public final class ConstraintViolationMapper extends ErrorMapper<ConstraintViolationException> {
    private static final Logger LOG = LoggerFactory.getLogger(ConstraintViolationMapper.class);

    @Context
    private ExtendedUriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        // The first violation by path, so that the answer does not depend on the validator's set order.
        ConstraintViolation<?> violation = e.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
                .orElse(null);
        if (violation == null) {
            return invalidBody("Invalid value", "");
        }
        Parameter parameter = null;
        JsonNames names = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                LOG.error("Response violates its constraints: {}", e.getConstraintViolations());
                return ErrorResponses.of(ApiError.INTERNAL_ERROR);
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = parameter(node.as(Path.ParameterNode.class).getParameterIndex());
                names = new JsonNames(parameter == null ? Object.class : parameter.getType());
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (names == null) {
                    names = new JsonNames(violation.getRootBeanClass());
                }
                appendNode(property, node, names.next(node));
            }
        }
        if (property.length() == 0 && parameter != null && isBody(parameter)
                && violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
            // No body, or the JSON literal null.
            return invalidBody(Validation.what(Constraint.TYPE, "null", JsonTypes.of(parameter.getRawType())), "");
        }
        String what = what(violation, property);
        Parameter.Source source = parameter == null || isBody(parameter) ? Parameter.Source.ENTITY : parameter.getSource();
        return switch (source) {
            case QUERY -> Validation.response(Validation.Part.QUERY, what, parameter.getSourceName());
            case PATH, MATRIX -> Validation.response(Validation.Part.PATH, what, parameter.getSourceName());
            default -> invalidBody(what, property.toString());
        };
    }

    private static void appendNode(StringBuilder property, Path.Node node, String jsonName) {
        if (node.getIndex() != null && property.length() > 0) {
            property.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null && property.length() > 0) {
            property.append('.').append(node.getKey());
        }
        if (jsonName != null && !jsonName.startsWith("<")) {
            property.append(property.length() == 0 ? "" : ".").append(jsonName);
        }
    }

    private static String what(ConstraintViolation<?> violation, CharSequence property) {
        boolean notNull = violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
        if (notNull && property.length() > 0) {
            String path = property.toString();
            return Validation.what(Constraint.REQUIRED, null,
                    path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", ""));
        }
        return ViolationWords.of(violation);
    }

    private static boolean isBody(Parameter parameter) {
        return parameter.getSource() == Parameter.Source.ENTITY || parameter.getSource() == Parameter.Source.UNKNOWN;
    }

    private Parameter parameter(int index) {
        ResourceMethod method = uriInfo == null ? null : uriInfo.getMatchedResourceMethod();
        if (method == null) {
            return null;
        }
        List<? extends Parameter> parameters = method.getInvocable().getParameters();
        return index < parameters.size() ? parameters.get(index) : null;
    }
}
