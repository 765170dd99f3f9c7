package dev.expcenter.stub.error;

import dev.expcenter.engine.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Bean validation's verdicts as the schema keywords they stand for, worded by {@link Validation#what},
 * so the stub and the mock word the same bad value alike. A constraint without such a keyword keeps the
 * validator's message.
 */
final class ViolationWords {
    private ViolationWords() {
    }

    static String of(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof Size size) {
            return size(size, value, violation.getMessage());
        }
        if (constraint instanceof Min min) {
            return Validation.what(Constraint.MINIMUM, value, min.value());
        }
        if (constraint instanceof DecimalMin min) {
            return Validation.what(Constraint.MINIMUM, value, new BigDecimal(min.value()));
        }
        if (constraint instanceof Max max) {
            return Validation.what(Constraint.MAXIMUM, value, max.value());
        }
        if (constraint instanceof DecimalMax max) {
            return Validation.what(Constraint.MAXIMUM, value, new BigDecimal(max.value()));
        }
        if (constraint instanceof Pattern pattern && value instanceof CharSequence text) {
            return Validation.what(Constraint.PATTERN, text, pattern.regexp());
        }
        return violation.getMessage();
    }

    private static String size(Size size, Object value, String fallback) {
        int measured;
        Constraint min;
        Constraint max;
        if (value instanceof CharSequence text) {
            measured = text.toString().codePointCount(0, text.length());
            min = Constraint.MIN_LENGTH;
            max = Constraint.MAX_LENGTH;
        } else if (value instanceof Map<?, ?> map) {
            measured = map.size();
            min = Constraint.MIN_PROPERTIES;
            max = Constraint.MAX_PROPERTIES;
        } else if (value instanceof Collection<?> list) {
            measured = list.size();
            min = Constraint.MIN_ITEMS;
            max = Constraint.MAX_ITEMS;
        } else {
            return fallback;
        }
        return measured < size.min() ? Validation.what(min, measured, size.min()) : Validation.what(max, measured, size.max());
    }
}
