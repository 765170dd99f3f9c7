package dev.expcenter.stub.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.expcenter.engine.Constraint;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body Jackson could not read: 400 {@code invalid_body} in Auth0's form
 * {@code Payload validation error: '<what>' on property <path>}.
 */
@Provider
public final class JsonErrorMapper extends ErrorMapper<JsonProcessingException> {
    private static final Pattern MISSING_CREATOR_PROPERTY =
            Pattern.compile("^Missing required creator property '([^']+)'");

    @Override
    public Response toResponse(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return PayloadTooLargeMapper.response(tooLarge);
            }
        }
        if (!(e instanceof JsonMappingException mapping) || isTrailingTokens(mapping)) {
            return invalidBody(Validation.what(Constraint.JSON, null, null), "");
        }
        String path = JsonPaths.of(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return invalidBody(Validation.what(Constraint.ADDITIONAL_PROPERTIES, null, unknown.getPropertyName()), path);
        }
        Matcher missing = MISSING_CREATOR_PROPERTY.matcher(String.valueOf(mapping.getOriginalMessage()));
        if (missing.find()) {
            String name = missing.group(1);
            return invalidBody(Validation.what(Constraint.REQUIRED, null, name),
                    path.equals(name) || path.endsWith("." + name) ? path : JsonPaths.join(path, name));
        }
        Class<?> target = targetType(mapping);
        JsonToken found = currentToken(mapping);
        if (target != null && target.isEnum() && found == JsonToken.VALUE_STRING) {
            return invalidBody(Validation.what(Constraint.ENUM, currentText(mapping), allowed(target)), path);
        }
        if (target != null && found != null) {
            return invalidBody(Validation.what(Constraint.TYPE, JsonTypes.of(found), JsonTypes.of(target)), path);
        }
        return invalidBody("Invalid value", path);
    }

    /** The wire values of a generated enum (its {@code toString}), in the spec's order. */
    private static List<String> allowed(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).toList();
    }

    private static boolean isTrailingTokens(JsonMappingException e) {
        return e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    private static Class<?> targetType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    private static JsonToken currentToken(JsonMappingException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static String currentText(JsonMappingException e) {
        try {
            return ((JsonParser) e.getProcessor()).getText();
        } catch (java.io.IOException | RuntimeException ignored) {
            return "";
        }
    }

    /** Formats Jackson's reference chain as {@code a.b[0].c}. */
    static final class JsonPaths {
        private JsonPaths() {
        }

        static String of(List<JsonMappingException.Reference> references) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : references) {
                if (reference.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }

        static String join(String parent, String child) {
            return parent.isEmpty() ? child : parent + "." + child;
        }
    }
}
