package dev.expcenter.mock.junit;

import static dev.expcenter.mock.testsupport.MockClient.json;
import static dev.expcenter.mock.testsupport.MockClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.testsupport.MockClient;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExpcenterMockTest {
    @RegisterExtension
    static ExpcenterMock mock = ExpcenterMock.builder().configure(c -> c.journalSize(10)).build();

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(mock.apiUri() + path)).header("Authorization", MockClient.TOKEN);
    }

    @Test
    void extensionShouldServeTheApiOnAFreePortWithTheBuiltInData() {
        assertThat(mock.apiUri().toString()).startsWith("http://127.0.0.1:").endsWith("/api/v2");
        assertThat(mock.uri().getPort()).isPositive();
        assertThat(send(api("/experimentation/experiments/exp_yRXW6q7wrynXgWV2tzPvkq").build()).body())
                .contains("Login page layout");
    }

    @Test
    void resetShouldRestoreTheDataSet() {
        String created = send(json(api("/experimentation/feature-flags"), "POST",
                "{\"name\": \"Extension flag\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}").build()).body();
        assertThat(created).contains("Extension flag");

        mock.reset();

        assertThat(send(api("/experimentation/feature-flags?take=50").build()).body()).doesNotContain("Extension flag");
    }
}
