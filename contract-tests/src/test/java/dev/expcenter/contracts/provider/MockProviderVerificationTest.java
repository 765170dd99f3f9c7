package dev.expcenter.contracts.provider;

import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.contracts.Contract;
import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same contracts against the mock frontend teams develop with: if the mock answered differently
 * from the provider, it would lie to them. States go through the mock's own
 * {@code POST /__admin/provider-states}, exactly as the standalone verifier sets them.
 */
@Order(5)
@Provider(Contract.PROVIDER)
@PactFolder("pacts")
class MockProviderVerificationTest extends ProviderContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static MockServer mock;

    @BeforeAll
    static void startMock() {
        mock = MockServer.start(MockConfig.builder().stub(s -> s.port(0)).build());
    }

    @AfterAll
    static void stopMock() {
        mock.close();
        assertThat(mock.specViolations().count()).as("responses of the mock that broke the spec").isZero();
    }

    @Override
    protected TestTarget target() {
        return new DevTokenTarget(mock.apiUri());
    }

    @Override
    protected Map<String, Object> applyState(String state, Map<String, Object> params, boolean setup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", setup ? "setup" : "teardown");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(mock.uri() + "/__admin/provider-states"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("provider state '%s': %s", state, response.body()).isEqualTo(200);
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
