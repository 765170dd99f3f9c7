package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/** The changes found in one operation, written to the review's list as they are found. */
final class OperationChanges {
    private final List<SpecChange> changes;
    final String method;
    final String path;
    final String operationId;

    OperationChanges(String method, String path, String operationId, List<SpecChange> changes) {
        this.changes = changes;
        this.method = method;
        this.path = path;
        this.operationId = operationId;
    }

    OperationChanges(ChangedOperation changed, List<SpecChange> changes) {
        this.changes = changes;
        this.method = changed.getHttpMethod().name();
        this.path = changed.getPathUrl();
        Operation o = changed.getNewOperation() != null ? changed.getNewOperation() : changed.getOldOperation();
        this.operationId = o == null ? null : o.getOperationId();
    }

    void add(Verdict v, Category cat, String status, String field, String value, Usage usage, String summary) {
        changes.add(new SpecChange(v, cat, method, path, operationId, status, field, value, usage, summary));
    }

    /** A change inside a schema: the field and usage follow from where the schema sits. */
    void at(Site site, Verdict v, Category cat, String field, String value, boolean absent, String what) {
        Parameter p = site.parameter();
        if (p != null) {
            add(v, cat, null, p.getName(), value, usageOf(p), site.describe(field) + ": " + what);
            return;
        }
        Usage usage = site.request()
                ? (absent ? Usage.REQUEST_FIELD_ABSENT : field.isEmpty() ? Usage.OPERATION : Usage.REQUEST_FIELD_PRESENT)
                : (field.isEmpty() ? Usage.RESPONSE_STATUS : Usage.RESPONSE_FIELD_PRESENT);
        add(v, cat, site.status(), field.isEmpty() ? null : field, value, usage, site.describe(field) + ": " + what);
    }

    /** Who is affected when a parameter changes: senders of that query or header, or every caller. */
    static Usage usageOf(Parameter p) {
        return switch (Objects.toString(p.getIn(), "")) {
            case "query" -> Usage.QUERY_PARAMETER;
            case "header" -> Usage.HEADER_PARAMETER;
            case "path" -> Usage.OPERATION;
            default -> Usage.NONE;
        };
    }
}
