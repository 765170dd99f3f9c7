package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoAdminTest {

    @ParameterizedTest
    @CsvSource({"GET, /__admin/health", "POST, /__admin/reset", "GET, /__admin/state", "PUT, /__admin/state",
            "GET, /__admin/requests", "DELETE, /__admin/requests", "POST, /__admin/provider-states"})
    void everyAdminRouteShouldBeA404WithNoAdmin(String method, String path) {
        try (MockClient mock = MockClient.start(MockConfig.builder().admin(false).build())) {
            HttpResponse<String> response = mock.send(mock.request(path)
                    .header("Content-Type", "application/json")
                    .method(method, method.equals("GET") || method.equals("DELETE")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(body(response).get("errorCode").asText()).isEqualTo("not_found");
            assertThat(mock.send(mock.api("/experimentation/segments")).statusCode()).isEqualTo(200);
        }
    }
}
