package dev.expcenter.openapi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Auth0 declares no body for its errors, only the messages they carry: a response's {@code description} and
 * its {@code x-description-N}s. Each must be the {@code message} (whole, or its start) of an example of our
 * response with that code. A message may continue Auth0's sentence: "Experiment cannot be activated:
 * validation failed." is the start of "Experiment cannot be activated: validation failed: <the checks>".
 */
final class ErrorMessages {

    private static final Pattern EXTRA_DESCRIPTION = Pattern.compile("x-description-\\d+");

    private final SpecDocument ours;

    ErrorMessages(SpecDocument ours) {
        this.ours = ours;
    }

    /** Compares two resolved responses with the status {@code code}. */
    void compare(String code, JsonNode auth0Response, JsonNode ourResponse, Findings findings) {
        List<String> examples = exampleMessages(ourResponse);
        for (String message : auth0Messages(auth0Response)) {
            if (examples.stream().noneMatch(m -> continues(m, message))) {
                findings.missing("responses." + code + ".message \"" + message + "\"");
            }
        }
    }

    static boolean continues(String ours, String auth0) {
        return ours.startsWith(auth0)
                || auth0.endsWith(".") && ours.startsWith(auth0.substring(0, auth0.length() - 1) + ": ");
    }

    private static List<String> auth0Messages(JsonNode response) {
        List<String> messages = new ArrayList<>();
        response.properties().forEach(e -> {
            if (e.getKey().equals("description") || EXTRA_DESCRIPTION.matcher(e.getKey()).matches()) {
                messages.add(e.getValue().asText());
            }
        });
        return messages;
    }

    private List<String> exampleMessages(JsonNode response) {
        List<String> messages = new ArrayList<>();
        for (JsonNode example : response.path("content").path("application/json").path("examples")) {
            JsonNode message = ours.resolve(example).path("value").path("message");
            if (message.isTextual()) {
                messages.add(message.asText());
            }
        }
        return messages;
    }
}
