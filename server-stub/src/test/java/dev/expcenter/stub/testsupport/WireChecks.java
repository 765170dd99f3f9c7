package dev.expcenter.stub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.HttpProbe.Exchange;
import java.util.List;
import java.util.Set;

/** Assertions every answer to a hostile request must pass, whatever the request was. */
public final class WireChecks {
    /** Statuses the spec does not declare, allowed only for the requests that earn them. */
    public static final Set<Integer> UNDECLARED = Set.of(405, 406, 413, 415, 431);
    /**
     * The errorCodes of answers given before any operation is matched, which neither the spec nor Auth0's
     * document can judge (see {@link Auth0Contract}): a path no operation serves, a URI that cannot be read.
     */
    public static final Set<String> UNROUTED = Set.of("not_found", "invalid_uri");

    private WireChecks() {
    }

    /**
     * Never a 5xx, never HTML or a stack trace; an empty 204 (or HEAD answer), otherwise Auth0's error
     * body as {@code application/json} with the status inside matching the status line.
     */
    public static void assertWellFormed(String method, Exchange reply) {
        String seen = method + " -> " + reply.status() + " " + abbreviate(reply.body());
        assertThat(reply.status()).as("no 5xx: %s", seen).isLessThan(500);
        assertThat(reply.body()).as("no stack trace or HTML: %s", seen)
                .doesNotContain("at dev.", "at org.", "at java.", "Exception", "<html", "<HTML", "<!DOCTYPE");
        if ("OPTIONS".equals(method) && reply.status() == 200) {
            // Jersey's answer: the Allow header, and the same list as text/plain.
            assertThat(reply.header("Allow")).as("Allow: %s", seen).isNotBlank();
            return;
        }
        if (reply.status() == 204 || "HEAD".equals(method)) {
            assertThat(reply.body()).as("empty: %s", seen).isEmpty();
            return;
        }
        assertThat(reply.header("Content-Type")).as("JSON: %s", seen).startsWith("application/json");
        if (reply.status() >= 400) {
            JsonNode body = reply.json();
            assertThat(body.path("statusCode").asInt()).as("statusCode: %s", seen).isEqualTo(reply.status());
            assertThat(body.path("error").isTextual()).as("error: %s", seen).isTrue();
            assertThat(body.path("message").isTextual()).as("message: %s", seen).isTrue();
        }
    }

    /** The spec's complaints about this response to {@code method path} (empty when it conforms). */
    public static List<String> specProblems(String method, String path, Exchange reply) {
        return SpecCheckedClient.check(method, path, reply.status(), reply.headers(), reply.body());
    }

    /** Asserts the response conforms to the operation's declared responses. */
    public static void assertDeclared(String method, String path, Exchange reply) {
        assertThat(specProblems(method, path, reply))
                .as("%s %s -> %s %s", method, abbreviate(path), reply.status(), abbreviate(reply.body())).isEmpty();
    }

    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + " chars)";
    }
}
