package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import io.swagger.v3.oas.models.parameters.Parameter;

/** Where in an operation a schema sits. */
record Site(boolean request, String status, Parameter parameter) {
    static Site requestBody() {
        return new Site(true, null, null);
    }

    static Site response(String status) {
        return new Site(false, status, null);
    }

    static Site parameter(Parameter p) {
        return new Site(true, null, p);
    }

    String describe(String field) {
        if (parameter != null) {
            return parameter.getIn() + " parameter `" + parameter.getName() + "`";
        }
        String where = request ? "request body" : "response " + status;
        return field == null || field.isEmpty() ? where : where + " property `" + field + "`";
    }

    Category propertyCategory() {
        return parameter != null ? Category.PARAMETER : request ? Category.REQUEST_PROPERTY : Category.RESPONSE_PROPERTY;
    }
}
