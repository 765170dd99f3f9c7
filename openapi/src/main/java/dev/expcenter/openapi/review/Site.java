package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Direction;
import io.swagger.v3.oas.models.parameters.Parameter;

/** Where in an operation a schema sits: the request body, a parameter, a response body or a response header. */
record Site(boolean request, String status, Parameter parameter, String header) {
    static Site requestBody() {
        return new Site(true, null, null, null);
    }

    static Site response(String status) {
        return new Site(false, status, null, null);
    }

    static Site parameter(Parameter p) {
        return new Site(true, null, p, null);
    }

    static Site header(String status, String name) {
        return new Site(false, status, null, name);
    }

    Direction direction() {
        return request ? Direction.REQUEST : Direction.RESPONSE;
    }

    /** The {@code {where}} of a {@link Rule} id: what the schema at {@code field} belongs to. */
    String where(String field) {
        boolean root = field == null || field.isEmpty();
        if (parameter != null) {
            return root ? "parameter" : "parameter-property";
        }
        if (header != null) {
            return "header";
        }
        return root ? "body" : "property";
    }

    String describe(String field) {
        if (parameter != null) {
            return parameter.getIn() + " parameter `" + parameter.getName() + "`";
        }
        if (header != null) {
            return "response " + status + " header `" + header + "`";
        }
        String where = request ? "request body" : "response " + status;
        return field == null || field.isEmpty() ? where : where + " property `" + field + "`";
    }

    Category propertyCategory() {
        return parameter != null ? Category.PARAMETER
                : header != null ? Category.RESPONSE_HEADER
                : request ? Category.REQUEST_PROPERTY : Category.RESPONSE_PROPERTY;
    }
}
