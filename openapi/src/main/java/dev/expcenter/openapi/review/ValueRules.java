package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/** The rules for a schema's values and mutability: enum values, {@code required}, {@code nullable}, {@code readOnly}, {@code writeOnly}. */
final class ValueRules {

    private ValueRules() {}

    static void enumeration(OperationChanges op, Site site, String path, ChangedSchema cs) {
        ChangedEnum<?> en = cs.getEnumeration();
        op.judged(en);
        if (en == null || !en.isChanged().isDifferent()) {
            return;
        }
        boolean request = site.request();
        List<?> oldValues = en.getOldValue() == null ? List.of() : en.getOldValue();
        List<?> newValues = en.getNewValue() == null ? List.of() : en.getNewValue();
        if (oldValues.isEmpty()) {
            op.at(site, Rule.BECAME_ENUM, Category.ENUM_VALUE, path, null, false,
                    "now restricted to the values " + SchemaRules.values(newValues));
            return;
        }
        if (newValues.isEmpty()) {
            op.at(site, Rule.BECAME_NOT_ENUM, Category.ENUM_VALUE, path, null, false,
                    "no longer restricted to the values " + SchemaRules.values(oldValues));
            return;
        }
        for (Object v : en.getMissing()) {
            op.at(site, Rule.ENUM_VALUE_REMOVED, Category.ENUM_VALUE, path, String.valueOf(v), false,
                    "enum value `" + v + "` removed");
        }
        for (Object v : en.getIncreased()) {
            op.at(site, Rule.ENUM_VALUE_ADDED, Category.ENUM_VALUE, path, String.valueOf(v), false,
                    "enum value `" + v + "` added" + (request ? "" : " (clients must tolerate values they do not know)"));
        }
    }

    static void required(OperationChanges op, Site site, String path, ChangedSchema cs) {
        ChangedRequired req = cs.getRequired();
        op.judged(req);
        if (req == null || !req.isChanged().isDifferent()) {
            return;
        }
        if (site.request()) {
            for (String name : req.getIncreased()) {
                boolean added = cs.getIncreasedProperties().containsKey(name);
                op.at(site, added ? Rule.REQUIRED_PROPERTY_ADDED : Rule.BECAME_REQUIRED, Category.REQUEST_PROPERTY,
                        SchemaRules.join(path, name), null, true, added ? "required property added" : "property is now required");
            }
            for (String name : req.getMissing()) {
                if (!cs.getMissingProperties().containsKey(name)) {
                    op.at(site, Rule.BECAME_OPTIONAL, Category.REQUEST_PROPERTY, SchemaRules.join(path, name), null, false,
                            "property is no longer required");
                }
            }
        } else {
            for (String name : req.getMissing()) {
                if (!cs.getMissingProperties().containsKey(name)) {
                    op.at(site, Rule.BECAME_OPTIONAL, Category.RESPONSE_PROPERTY, SchemaRules.join(path, name), null, false,
                            "no longer always returned (dropped from `required`)");
                }
            }
            for (String name : req.getIncreased()) {
                if (!cs.getIncreasedProperties().containsKey(name)) {
                    op.at(site, Rule.BECAME_REQUIRED, Category.RESPONSE_PROPERTY, SchemaRules.join(path, name), null, false,
                            "now always returned (added to `required`)");
                }
            }
        }
    }

    /** {@code nullable}, {@code readOnly} and {@code writeOnly}, judged from the two schemas. */
    static void flags(OperationChanges op, Site site, String path, ChangedSchema cs) {
        op.judged(cs.getNullable(), cs.getReadOnly(), cs.getWriteOnly());
        Schema<?> oldS = cs.getOldSchema();
        Schema<?> newS = cs.getNewSchema();
        boolean request = site.request();
        if (on(oldS.getNullable()) != on(newS.getNullable())) {
            boolean now = on(newS.getNullable());
            op.at(site, now ? Rule.BECAME_NULLABLE : Rule.BECAME_NOT_NULLABLE, Category.TYPE, path, null, false,
                    now ? "now nullable" + (request ? "" : " (clients may now read null)")
                            : "no longer nullable" + (request ? " (requests sending null are now refused)" : ""));
        }
        if (on(oldS.getReadOnly()) != on(newS.getReadOnly())) {
            boolean now = on(newS.getReadOnly());
            boolean required = cs.getContext() != null && cs.getContext().isRequired();
            if (now) {
                op.at(site, Rule.BECAME_READ_ONLY, Category.TYPE, path, null, false,
                        "now read-only" + (request ? " (requests sending it may now be refused)" : ""));
            } else if (request && required) {
                op.at(site, Rule.REQUIRED_BECAME_NOT_READ_ONLY, Category.TYPE, path, null, true,
                        "no longer read-only, and required (requests without it are now refused)");
            } else {
                op.at(site, Rule.BECAME_NOT_READ_ONLY, Category.TYPE, path, null, false, "no longer read-only");
            }
        }
        if (on(oldS.getWriteOnly()) != on(newS.getWriteOnly())) {
            boolean now = on(newS.getWriteOnly());
            op.at(site, now ? Rule.BECAME_WRITE_ONLY : Rule.BECAME_NOT_WRITE_ONLY, Category.TYPE, path, null, false,
                    now ? "now write-only" + (request ? "" : " (no longer returned)") : "no longer write-only");
        }
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
