package dev.expcenter.stub.error;

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
 * Bean validation's verdicts in the words of Auth0's payload validation, which the mock's schema
 * check uses too ({@code String is too short (2 chars), minimum 3}), so the stub and the mock word
 * the same bad value alike. A constraint without such wording keeps the validator's message.
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
            return "Value " + number(value) + " is less than minimum " + min.value();
        }
        if (constraint instanceof DecimalMin min) {
            return "Value " + number(value) + " is less than minimum " + number(new BigDecimal(min.value()));
        }
        if (constraint instanceof Max max) {
            return "Value " + number(value) + " is greater than maximum " + max.value();
        }
        if (constraint instanceof DecimalMax max) {
            return "Value " + number(value) + " is greater than maximum " + number(new BigDecimal(max.value()));
        }
        if (constraint instanceof Pattern pattern && value instanceof CharSequence text) {
            return "String does not match pattern " + pattern.regexp() + ": " + text;
        }
        return violation.getMessage();
    }

    private static String size(Size size, Object value, String fallback) {
        if (value instanceof CharSequence text) {
            int length = text.toString().codePointCount(0, text.length());
            return length < size.min() ? "String is too short (" + length + " chars), minimum " + size.min()
                    : "String is too long (" + length + " chars), maximum " + size.max();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size() < size.min() ? "Too few properties defined (" + map.size() + "), minimum " + size.min()
                    : "Too many properties defined (" + map.size() + "), maximum " + size.max();
        }
        if (value instanceof Collection<?> list) {
            return list.size() < size.min() ? "Array is too short (" + list.size() + "), minimum " + size.min()
                    : "Array is too long (" + list.size() + "), maximum " + size.max();
        }
        return fallback;
    }

    private static String number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
