package dev.expcenter.stub.api;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import dev.expcenter.stub.testsupport.Tokens;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every operation the spec declares: no token is a 401, a token without the operation's scope is
 * a 403 naming it, and a token with it gets past auth. The operations and scopes come from the spec.
 */
class AuthMatrixTest {
    private static final List<String> SCOPES = List.of("read:experimentation", "create:experimentation",
            "update:experimentation", "delete:experimentation");
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = new ApiServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Op(String method, String template, String scope, boolean hasBody) {
        String path() {
            return template.replace("{id}", "exp_1").replace("{variation_id}", "var_1");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static List<Op> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI spec = new OpenAPIV3Parser().readLocation("expcenter/openapi.yaml", null, options).getOpenAPI();
        List<Op> ops = new ArrayList<>();
        spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
                ops.add(new Op(method.name(), template, scopeOf(op), op.getRequestBody() != null))));
        assertThat(ops).hasSize(23);
        return ops;
    }

    private static String scopeOf(Operation op) {
        List<String> scopes = op.getSecurity().get(0).get("oauth2");
        assertThat(scopes).hasSize(1);
        return scopes.get(0);
    }

    private static Reply call(SpecCheckedClient client, Op op) {
        return client.send(op.method(), op.path(), op.hasBody() ? "{}" : null, "application/json");
    }

    @TestFactory
    Stream<DynamicTest> noTokenIsUnauthorized() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = call(server.client().token(null), op);

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("message").asText()).isEqualTo("Missing authentication");
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedAuthorizationIsUnauthorized() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = server.client().token(null).sendWithHeaders(op.method(), op.path(),
                    op.hasBody() ? "{}" : null, Map.of("Authorization", "Basic dXNlcjpwYXNz"));

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("errorCode").asText()).isEqualTo("invalid_token");
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenWithoutTheScopeIsForbidden() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
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
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Reply reply = call(server.client().token(Tokens.unsigned(Tokens.claims(op.scope()).build())), op);

            assertThat(reply.status()).isNotIn(401, 403);
        }));
    }
}
