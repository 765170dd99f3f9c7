package dev.expcenter.mock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.spec.SpecFiles;
import dev.expcenter.mock.spec.Strictness;
import dev.expcenter.mock.testsupport.MockApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsTest {
    @TempDir
    Path dir;

    private Path file;
    private MockApi mock;

    @BeforeEach
    void start() {
        file = SpecFiles.copy(dir);
        mock = MockApi.start(MockConfig.builder().specFile(file).strictness(Strictness.FAIL).build());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private HttpResponse<String> root(String path) {
        return mock.send(HttpRequest.newBuilder(mock.rootUri().resolve(path)).GET());
    }

    private HttpResponse<String> token(String contentType, String body) {
        return mock.send(HttpRequest.newBuilder(mock.rootUri().resolve("oauth/token"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void specShouldPointAtThisMock() throws Exception {
        HttpResponse<String> response = root("openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        JsonNode spec = new YAMLMapper().readTree(response.body());
        assertThat(spec.path("servers").get(0).path("url").asText()).isEqualTo(mock.rootUri() + "api/v2");
        assertThat(spec.path("components").path("securitySchemes").path("oAuth2ClientCredentials").path("flows")
                .path("clientCredentials").path("tokenUrl").asText()).isEqualTo(mock.rootUri() + "oauth/token");
        assertThat(spec.path("paths").has("/experimentation/experiments/{id}/status")).isTrue();
    }

    @Test
    void specShouldFollowHotReloads() {
        SpecFiles.write(file, SpecFiles.withResultsOperation());

        assertThat(SpecFiles.await(Duration.ofSeconds(5),
                () -> root("openapi.yaml").body().contains("getExperimentResults"))).isTrue();
    }

    @Test
    void docsPageShouldLoadSwaggerUiOnTheServedSpec() {
        HttpResponse<String> page = root("docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("url: \"/openapi.yaml\"", "/docs/swagger-ui-bundle.js", "persistAuthorization: true");
        assertThat(root("docs/").statusCode()).isEqualTo(200);
    }

    @Test
    void webjarFilesShouldBeServedWithTypesAndCaching() {
        HttpResponse<String> script = root("docs/swagger-ui-bundle.js");
        HttpResponse<String> css = root("docs/swagger-ui.css");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(script.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=86400"));
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        String etag = script.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = mock.send(HttpRequest.newBuilder(mock.rootUri().resolve("docs/swagger-ui-bundle.js"))
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(root("docs/index.html").statusCode()).isEqualTo(404);
        assertThat(root("docs/nothing.js").statusCode()).isEqualTo(404);
        // Grizzly refuses encoded slashes before Jersey sees them; either way nothing outside the webjar is served.
        assertThat(root("docs/..%2F..%2FMETA-INF%2FMANIFEST.MF").statusCode()).isIn(400, 404, 500);
        assertThat(root("docs/.hidden.js").statusCode()).isEqualTo(404);
    }

    @Test
    void tokenEndpointShouldIssueAJwtShapedTokenWithAllScopesByDefault() throws Exception {
        HttpResponse<String> response = token("application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=abc&client_secret=xyz");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = MockApi.json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(DevTokenResource.EXPIRES_IN);
        assertThat(body.path("scope").asText())
                .isEqualTo("read:experimentation create:experimentation update:experimentation delete:experimentation");
        String[] parts = body.path("access_token").asText().split("\\.", -1);
        assertThat(parts).hasSize(3);
        JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("scope").asText()).isEqualTo(body.path("scope").asText());
        assertThat(claims.path("sub").asText()).isEqualTo("abc@clients");
    }

    @Test
    void tokenScopesShouldBeHonouredByTheApi() {
        HttpResponse<String> response = token("application/json",
                "{\"grant_type\": \"client_credentials\", \"client_id\": \"a\", \"client_secret\": \"b\", \"scope\": \"read:experimentation\"}");
        String token = MockApi.json(response).path("access_token").asText();

        HttpResponse<String> read = mock.send(mock.request("experimentation/experiments")
                .setHeader("Authorization", "Bearer " + token).GET());
        HttpResponse<String> create = mock.send(mock.request("experimentation/feature-flags")
                .setHeader("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"flag\", \"parameters\": {}}")));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(MockApi.json(create).path("errorCode").asText()).isEqualTo("insufficient_scope");
    }

    @Test
    void tokenEndpointShouldRefuseOtherGrants() {
        HttpResponse<String> password = token("application/x-www-form-urlencoded", "grant_type=password&username=u");
        HttpResponse<String> missing = token("application/json", "{}");

        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(password).path("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(MockApi.json(missing).path("error").asText()).isEqualTo("invalid_request");
    }
}
