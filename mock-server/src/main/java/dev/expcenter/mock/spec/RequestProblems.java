package dev.expcenter.mock.spec;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import dev.expcenter.engine.ErrorCode;
import dev.expcenter.stub.error.ErrorResponses;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the validator's first request error into Auth0's 400, worded like the stub's own mappers:
 * body problems are {@code invalid_body} ({@code Payload validation error: '<what>' on property
 * <a.b[0].c>}), query problems {@code invalid_query_string}, path problems {@code invalid_uri}.
 */
final class RequestProblems {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MISSING = Pattern.compile("(?i)missing required properties \\((\\[.*])\\)");
    private static final Pattern ADDITIONAL = Pattern.compile("(?i)not allowed by the schema: (\\[.*])");
    private static final Pattern ENUM = Pattern.compile("(?i)instance value \\((.*)\\) not found in enum \\(possible values: (\\[.*])\\)");
    private static final Pattern TYPE = Pattern.compile("(?i)instance type \\((\\w+)\\) does not match any allowed primitive type \\(allowed: (\\[.*])\\)");

    private RequestProblems() {
    }

    /** The 400 for the report's first error, or empty when the request conforms. */
    static Optional<Response> of(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .findFirst()
                .map(RequestProblems::toResponse);
    }

    private static Response toResponse(Message message) {
        String key = message.getKey();
        Optional<Parameter> parameter = message.getContext().flatMap(MessageContext::getParameter);
        if (key.startsWith("validation.request.parameter") && parameter.isPresent()) {
            String what = describe(message.getMessage(), "").what();
            String name = parameter.get().getName();
            if ("query".equals(parameter.get().getIn())) {
                return ErrorResponses.of(ErrorCode.INVALID_QUERY_STRING,
                        "Query validation error: '" + what + "' on property " + name);
            }
            return ErrorResponses.of(ErrorCode.INVALID_URI, "Path validation error: '" + what + "' on property " + name);
        }
        if (key.endsWith("body.missing")) {
            return body("Expected type object but found type null", "");
        }
        if (key.contains("invalidJson") || key.contains("unknownError")) {
            return body("Invalid JSON", "");
        }
        String pointer = message.getContext().flatMap(MessageContext::getPointers)
                .map(MessageContext.Pointers::getInstance).orElse("");
        Described described = describe(message.getMessage(), property(pointer));
        return body(described.what(), described.property());
    }

    private static Response body(String what, String property) {
        return ErrorResponses.of(ErrorCode.INVALID_BODY,
                "Payload validation error: '" + what + "'" + (property.isEmpty() ? "" : " on property " + property));
    }

    private record Described(String what, String property) {
    }

    /** Rewords the JSON-schema validator's messages the way the stub's mappers word them. */
    private static Described describe(String text, String property) {
        Matcher m = MISSING.matcher(text);
        if (m.find()) {
            String name = first(m.group(1));
            return new Described("Missing required property: " + name, join(property, name));
        }
        m = ADDITIONAL.matcher(text);
        if (m.find()) {
            String name = first(m.group(1));
            return new Described("Additional properties not allowed: " + name, join(property, name));
        }
        m = ENUM.matcher(text);
        if (m.find()) {
            return new Described("Invalid value " + unquote(m.group(1)) + ", allowed: " + all(m.group(2)), property);
        }
        m = TYPE.matcher(text);
        if (m.find()) {
            return new Described("Expected type " + all(m.group(2)) + " but found type " + m.group(1), property);
        }
        return new Described(text.replaceFirst("^\\[Path [\"'][^\"']*[\"']] ", "").replace('\'', '"'), property);
    }

    /** {@code /allocations/0/weight} becomes {@code allocations[0].weight}. */
    static String property(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String first(String jsonArray) {
        Matcher m = QUOTED.matcher(jsonArray);
        return m.find() ? m.group(1) : jsonArray;
    }

    private static String all(String jsonArray) {
        return QUOTED.matcher(jsonArray).results().map(r -> r.group(1)).collect(Collectors.joining(", "));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
