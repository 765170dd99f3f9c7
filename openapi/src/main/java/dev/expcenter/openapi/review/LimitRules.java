package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.Rule.Level;
import dev.expcenter.openapi.review.SpecChange.Category;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The rules for a schema's limits: bounds, lengths, items, properties, {@code multipleOf}, {@code uniqueItems}
 * and {@code pattern}. A limit that narrows what is valid refuses requests that passed; one that widens it
 * lets responses hold what clients did not expect. Each is judged from the two schemas' values.
 */
final class LimitRules {

    private LimitRules() {}

    static void limits(OperationChanges op, Site site, String path, ChangedSchema cs) {
        op.judged(cs.getMaxLength(), cs.getNumericRange(), cs.getMultipleOf(), cs.getMaxItems(), cs.getMinItems(),
                cs.getMaxProperties(), cs.getMinProperties(), cs.getUniqueItems(), cs.getPattern());
        Schema<?> oldS = cs.getOldSchema();
        Schema<?> newS = cs.getNewSchema();
        bound(op, site, path, "maximum", "max", true, oldS.getMaximum(), oldS.getExclusiveMaximum(), newS.getMaximum(),
                newS.getExclusiveMaximum());
        bound(op, site, path, "minimum", "min", false, oldS.getMinimum(), oldS.getExclusiveMinimum(), newS.getMinimum(),
                newS.getExclusiveMinimum());
        count(op, site, path, "maxLength", "max-length", true, oldS, newS, Schema::getMaxLength);
        count(op, site, path, "maxItems", "max-items", true, oldS, newS, Schema::getMaxItems);
        count(op, site, path, "minItems", "min-items", false, oldS, newS, Schema::getMinItems);
        count(op, site, path, "maxProperties", "max-properties", true, oldS, newS, Schema::getMaxProperties);
        count(op, site, path, "minProperties", "min-properties", false, oldS, newS, Schema::getMinProperties);

        BigDecimal oldMultiple = oldS.getMultipleOf();
        BigDecimal newMultiple = newS.getMultipleOf();
        if (!same(oldMultiple, newMultiple)) {
            Rule rule = oldMultiple == null ? Rule.LIMIT_SET : newMultiple == null ? Rule.LIMIT_UNSET : Rule.MULTIPLE_OF_CHANGED;
            limit(op, site, path, rule, "multiple-of", "multipleOf", oldMultiple, newMultiple);
        }
        boolean oldUnique = Boolean.TRUE.equals(oldS.getUniqueItems());
        boolean newUnique = Boolean.TRUE.equals(newS.getUniqueItems());
        if (oldUnique != newUnique) {
            limit(op, site, path, newUnique ? Rule.LIMIT_SET : Rule.LIMIT_UNSET, "unique-items", "uniqueItems",
                    oldUnique ? true : null, newUnique ? true : null);
        }
        String oldPattern = oldS.getPattern();
        String newPattern = newS.getPattern();
        if (!Objects.equals(oldPattern, newPattern)) {
            Rule rule = oldPattern == null ? Rule.PATTERN_ADDED : newPattern == null ? Rule.PATTERN_REMOVED : Rule.PATTERN_CHANGED;
            limit(op, site, path, rule, null, "pattern", oldPattern, newPattern);
        }
    }

    /**
     * openapi-diff does not compare {@code minLength} at all ({@link IgnoredKeywords} calls this): a raised
     * minimum refuses requests that passed, a lowered one lets responses be shorter than clients expect.
     */
    static void minLength(OperationChanges op, Site site, String path, Schema<?> oldS, Schema<?> newS) {
        count(op, site, path, "minLength", "min-length", false, oldS, newS, Schema::getMinLength);
    }

    private static void count(OperationChanges op, Site site, String path, String keyword, String limit, boolean upper,
            Schema<?> oldS, Schema<?> newS, Function<Schema<?>, Integer> value) {
        Integer before = value.apply(oldS);
        Integer after = value.apply(newS);
        bound(op, site, path, keyword, limit, upper, before == null ? null : BigDecimal.valueOf(before), null,
                after == null ? null : BigDecimal.valueOf(after), null);
    }

    /** A bound: an upper one ({@code maximum}, {@code maxLength}, ...) or a lower one, exclusive or not. */
    private static void bound(OperationChanges op, Site site, String path, String keyword, String limit, boolean upper,
            BigDecimal before, Boolean beforeExclusive, BigDecimal after, Boolean afterExclusive) {
        boolean oldExcl = Boolean.TRUE.equals(beforeExclusive);
        boolean newExcl = Boolean.TRUE.equals(afterExclusive);
        if (same(before, after) && (before == null || oldExcl == newExcl)) {
            return;
        }
        Rule rule;
        if (before == null) {
            rule = Rule.LIMIT_SET;
        } else if (after == null) {
            rule = Rule.LIMIT_UNSET;
        } else {
            int cmp = after.compareTo(before);
            boolean raised = cmp > 0 || cmp == 0 && (upper ? oldExcl && !newExcl : newExcl && !oldExcl);
            rule = upper ? (raised ? Rule.MAX_INCREASED : Rule.MAX_DECREASED) : (raised ? Rule.MIN_INCREASED : Rule.MIN_DECREASED);
        }
        limit(op, site, path, rule, limit, keyword, show(before, oldExcl), show(after, newExcl));
    }

    private static Object show(BigDecimal v, boolean exclusive) {
        return v == null ? null : v.stripTrailingZeros().toPlainString() + (exclusive ? " (exclusive)" : "");
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void limit(OperationChanges op, Site site, String path, Rule rule, String limit, String keyword,
            Object before, Object after) {
        String what = before == null ? keyword + " `" + after + "` added"
                : after == null ? keyword + " `" + before + "` removed"
                : keyword + " changed from `" + before + "` to `" + after + "`";
        boolean breaking = rule.level(site.direction()) == Level.ERROR;
        String why = !breaking ? ""
                : site.request() ? " (requests valid before may now be refused)"
                : " (responses may now hold values clients did not expect)";
        op.at(site, rule, limit, Category.TYPE, path, null, false, what + why);
    }
}
