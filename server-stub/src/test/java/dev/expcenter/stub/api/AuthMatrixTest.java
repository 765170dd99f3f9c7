package dev.expcenter.stub.api;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import dev.expcenter.stub.testsupport.Tokens;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every operation: no token is a 401, a token without the operation's scope is a 403 naming it,
 * and a token with it gets past auth. The operationId (the key the servers read scopes by), method,
 * template and scope of each are pinned in {@link #OPERATIONS}, not read from the spec the server reads
 * them from (a scope or operationId changed in the spec must fail here); the spec is only asked which
 * operations exist, so a new one without a row fails too.
 */
class AuthMatrixTest {
    private static final String READ = "read:experimentation";
    private static final String CREATE = "create:experimentation";
    private static final String UPDATE = "update:experimentation";
    private static final String DELETE = "delete:experimentation";
    private static final List<String> SCOPES = List.of(READ, CREATE, UPDATE, DELETE);
    private static final String EXPS = "/experimentation/experiments";
    private static final String FLAGS = "/experimentation/feature-flags";
    private static final String SEGS = "/experimentation/segments";

    /**
     * The 23 operations and the scope each requires, as Auth0's document gives them (its operationIds
     * are snake_case, {@code get_experiments}; the spec's are camelCase).
     */
    private static final List<Op> OPERATIONS = List.of(
            new Op("listExperiments", "GET", EXPS, READ),
            new Op("createExperiment", "POST", EXPS, CREATE),
            new Op("getExperiment", "GET", EXPS + "/{id}", READ),
            new Op("updateExperiment", "PATCH", EXPS + "/{id}", UPDATE),
            new Op("deleteExperiment", "DELETE", EXPS + "/{id}", DELETE),
            new Op("updateExperimentStatus", "POST", EXPS + "/{id}/status", UPDATE),
            new Op("validateExperiment", "POST", EXPS + "/{id}/validate", READ),
            new Op("listFeatureFlags", "GET", FLAGS, READ),
            new Op("createFeatureFlag", "POST", FLAGS, CREATE),
            new Op("getFeatureFlag", "GET", FLAGS + "/{id}", READ),
            new Op("updateFeatureFlag", "PATCH", FLAGS + "/{id}", UPDATE),
            new Op("deleteFeatureFlag", "DELETE", FLAGS + "/{id}", DELETE),
            new Op("updateFeatureFlagStatus", "POST", FLAGS + "/{id}/status", UPDATE),
            new Op("listVariations", "GET", FLAGS + "/{id}/variations", READ),
            new Op("createVariation", "POST", FLAGS + "/{id}/variations", CREATE),
            new Op("getVariation", "GET", FLAGS + "/{id}/variations/{variation_id}", READ),
            new Op("updateVariation", "PATCH", FLAGS + "/{id}/variations/{variation_id}", UPDATE),
            new Op("deleteVariation", "DELETE", FLAGS + "/{id}/variations/{variation_id}", DELETE),
            new Op("listSegments", "GET", SEGS, READ),
            new Op("createSegment", "POST", SEGS, CREATE),
            new Op("getSegment", "GET", SEGS + "/{id}", READ),
            new Op("updateSegment", "PATCH", SEGS + "/{id}", UPDATE),
            new Op("deleteSegment", "DELETE", SEGS + "/{id}", DELETE));

    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = new ApiServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Op(String operationId, String method, String template, String scope) {
        String path() {
            return template.replace("{id}", "exp_1").replace("{variation_id}", "var_1");
        }

        /** Every write takes a body; validate takes none. */
        boolean hasBody() {
            return method.equals("PATCH") || method.equals("POST") && !template.endsWith("/validate");
        }

        @Override
        public String toString() {
            return operationId + ": " + method + " " + template + " (" + scope + ")";
        }
    }

    @Test
    void theTableShouldNameEveryOperationOfTheSpecOnce() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI spec = new OpenAPIV3Parser().readLocation("expcenter/openapi.yaml", null, options).getOpenAPI();
        List<String> declared = new ArrayList<>();
        spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
                declared.add(op.getOperationId() + ": " + method.name() + " " + template
                        + (op.getRequestBody() != null ? " with a body" : ""))));

        assertThat(OPERATIONS).hasSize(23);
        assertThat(OPERATIONS.stream().map(op -> op.operationId() + ": " + op.method() + " " + op.template()
                        + (op.hasBody() ? " with a body" : "")))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    private static Reply call(SpecCheckedClient client, Op op) {
        return client.send(op.method(), op.path(), op.hasBody() ? "{}" : null, "application/json");
    }

    @TestFactory
    Stream<DynamicTest> noTokenIsUnauthorized() {
        return OPERATIONS.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = call(server.client().token(null), op);

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("message").asText()).isEqualTo("Missing authentication");
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedAuthorizationIsUnauthorized() {
        return OPERATIONS.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = server.client().token(null).sendWithHeaders(op.method(), op.path(),
                    op.hasBody() ? "{}" : null, Map.of("Authorization", "Basic dXNlcjpwYXNz"));

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("errorCode").asText()).isEqualTo("invalid_token");
            assertThat(reply.json().get("message").asText()).isEqualTo("Invalid token.");
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenWithoutTheScopeIsForbidden() {
        return OPERATIONS.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            String others = String.join(" ", SCOPES.stream().filter(s -> !s.equals(op.scope())).toList());
            Reply reply = call(server.client().token(Tokens.unsigned(Tokens.claims(others).build())), op);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().get("errorCode").asText()).isEqualTo("insufficient_scope");
            assertThat(reply.json().get("message").asText())
                    .isEqualTo("Insufficient scope; expected any of: " + op.scope() + ".");
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenWithTheScopeGetsPastAuth() {
        return OPERATIONS.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = call(server.client().token(Tokens.unsigned(Tokens.claims(op.scope()).build())), op);

            assertThat(reply.status()).isNotIn(401, 403);
        }));
    }
}
