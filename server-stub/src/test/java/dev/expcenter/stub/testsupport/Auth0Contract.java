package dev.expcenter.stub.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Auth0's own OpenAPI document for these operations, as a second judge of every response the HTTP
 * suites see: a status Auth0 does not declare for the operation, or a success body its schemas
 * refuse, is a difference from the real API, whatever the project's spec says.
 *
 * <p>The document is the copy vendored in the {@code openapi} module's test resources (with its
 * licence and source). It is OpenAPI 3.1; the validator reads 3.0, so {@link #as30} rewrites the
 * two 3.1 forms it uses ({@code type: [T, "null"]}, {@code $ref} with siblings) and nothing else.
 * Auth0 declares no error bodies, so errors are judged by status alone. The project's deliberate
 * differences ({@code openapi/README.md}) that a response can show are skipped: 413, 415, and 401
 * on a DELETE.
 *
 * <p>Only an operation's answers are judged. What the HTTP layer answers before any operation is
 * matched belongs to no operation, so neither this check nor the spec's is asked about it: a path no
 * operation serves (404 {@code not_found}) and a request URI that cannot be read, a raw control
 * character or an escape that does not decode such as {@code %zz} (400 {@code invalid_uri}, from
 * {@code UriGuard} and {@code JsonErrorPages}). That 400 stays although Auth0 declares none on, say,
 * {@code GET /experimentation/experiments/{id}}: HTTP (RFC 9112) answers a request line it cannot read
 * with 400 whatever its path, and a 404 would claim an id was looked up when no id was read. The
 * suites leave these answers out by their errorCode ({@code WireChecks.UNROUTED}), never by status,
 * so a routed 400 on such an operation is still a finding.
 */
public final class Auth0Contract {
    static final Path DOCUMENT = Path.of("..", "openapi", "src", "test", "resources", "auth0",
            "management-api-experimentation.json");
    private static final Set<Integer> PROJECT_STATUSES = Set.of(413, 415);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(as30(read()))
            .withBasePathOverride("/api/v2")
            .build();

    private Auth0Contract() {
    }

    /** Auth0's document's complaints about a response to {@code method path} (empty when it conforms). */
    public static List<String> check(String method, String path, int status, Map<String, List<String>> headers,
                                     String body) {
        String verb = method.toUpperCase(Locale.ROOT);
        if (PROJECT_STATUSES.contains(status) || status == 401 && verb.equals("DELETE")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        SpecCheckedClient.errors(VALIDATOR, verb, path, status, headers, body).stream()
                // Auth0 declares no error bodies, yet its API sends one: the project's spec judges those.
                .filter(m -> status < 400 || !m.getKey().equals("validation.response.body.unexpected"))
                .forEach(m -> problems.add("auth0: " + m.getKey() + ": " + m.getMessage()));
        return problems;
    }

    /** The document as OpenAPI 3.0.3 text. */
    static String as30(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        rewrite(copy);
        return copy.toString();
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref")) {
                object.retain("$ref"); // 3.0 ignores a $ref's siblings
                return;
            }
            if (object.get("type") instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    throw new IllegalStateException("a type union 3.0 cannot say: " + types);
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                rewrite(it.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Auth0Contract::rewrite);
        }
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException("Auth0's document is read from " + DOCUMENT.toAbsolutePath(), e);
        }
    }
}
