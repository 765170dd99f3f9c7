package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.Rule.Level;
import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecChange.Usage;
import dev.expcenter.openapi.review.SpecChange.Verdict;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ComposedChanged;

/**
 * The changes found in one operation, written to the review's list as they are found, and the parts of
 * openapi-diff's model of it that a rule has judged.
 */
final class OperationChanges {
    private final List<SpecChange> changes;
    private final Set<Changed> judged = Collections.newSetFromMap(new IdentityHashMap<>());
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

    /** A finding of {@code rule} in {@code direction}; its verdict is the rule's level there. */
    void add(Rule rule, Direction direction, Category cat, String status, String field, String value, Usage usage,
            String summary) {
        add(rule, direction, null, null, cat, status, field, value, usage, summary);
    }

    /** A finding of an operation-level rule: what clients call. */
    void request(Rule rule, Category cat, String field, Usage usage, String summary) {
        add(rule, Direction.REQUEST, cat, null, field, null, usage, summary);
    }

    private void add(Rule rule, Direction direction, String where, String limit, Category cat, String status, String field,
            String value, Usage usage, String summary) {
        Level level = rule.level(direction);
        Verdict verdict = level == Level.ERROR ? Verdict.BREAKING : Verdict.COMPATIBLE;
        changes.add(new SpecChange(verdict, rule.id(direction, where, limit), direction, level == Level.WARNING, cat, method,
                path, operationId, status, field, value, usage, summary));
    }

    /**
     * A change inside a schema: the rule's {@code {where}}, the field and the usage follow from where the
     * schema sits; {@code absent} means the clients affected are those that do not send the field.
     */
    void at(Site site, Rule rule, String limit, Category cat, String field, String value, boolean absent, String what) {
        String where = site.where(field);
        Direction d = site.direction();
        Parameter p = site.parameter();
        if (p != null) {
            Usage usage = !absent ? usageOf(p) : "query".equals(p.getIn()) ? Usage.QUERY_PARAMETER_ABSENT : Usage.OPERATION;
            add(rule, d, where, limit, cat, null, p.getName(), value, usage, site.describe(field) + ": " + what);
            return;
        }
        boolean root = field == null || field.isEmpty();
        Usage usage = site.request()
                ? (absent ? Usage.REQUEST_FIELD_ABSENT : root ? Usage.OPERATION : Usage.REQUEST_FIELD_PRESENT)
                : (root || site.header() != null ? Usage.RESPONSE_STATUS : Usage.RESPONSE_FIELD_PRESENT);
        add(rule, d, where, limit, cat, site.status(), root ? null : field, value, usage, site.describe(field) + ": " + what);
    }

    void at(Site site, Rule rule, Category cat, String field, String value, boolean absent, String what) {
        at(site, rule, null, cat, field, value, absent, what);
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

    /** Marks parts of openapi-diff's model as judged by a rule (nulls are skipped). */
    void judged(Changed... parts) {
        for (Changed c : parts) {
            if (c != null) {
                judged.add(c);
            }
        }
    }

    /** Marks a part of openapi-diff's model and everything in it as judged. */
    void judgedAll(Changed part) {
        if (part != null && judged.add(part) && part instanceof ComposedChanged composed) {
            composed.getChangedElements().forEach(this::judgedAll);
        }
    }

    /** Whether openapi-diff calls something in {@code part} incompatible that no rule of this review has judged. */
    boolean unjudgedIncompatible(Changed part) {
        return unjudged(part, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private boolean unjudged(Changed part, Set<Changed> seen) {
        if (part == null || !seen.add(part) || !part.isChanged().isIncompatible()) {
            return false;
        }
        if (part instanceof ComposedChanged composed) {
            if (!judged.contains(part) && composed.isCoreChanged().isIncompatible()) {
                return true;
            }
            return composed.getChangedElements().stream().anyMatch(c -> unjudged(c, seen));
        }
        return !judged.contains(part);
    }
}
