package dev.expcenter.mock;

import static dev.expcenter.mock.testsupport.MockClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.mock.testsupport.MockClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestJournalTest {
    private MockClient mock;

    @BeforeEach
    void start() {
        mock = MockClient.start(MockConfig.builder().journalSize(3).build());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private JsonNode requests(String query) {
        HttpResponse<String> response = mock.send(mock.request("/__admin/requests" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).get("requests");
    }

    @Test
    void journalShouldRecordApiRequestsNewestFirstWithoutTokens() {
        mock.send(mock.api("/experimentation/segments"));
        mock.send(mock.api("/experimentation/experiments/exp_missing").header("X-Mock-Session", "e2e-1"));
        mock.send(mock.request("/api/v2/experimentation/feature-flags")); // no token: 401

        JsonNode requests = requests("");

        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).get("path").asText()).isEqualTo("/api/v2/experimentation/feature-flags");
        assertThat(requests.get(0).get("status").asInt()).isEqualTo(401);
        assertThat(requests.get(1).get("method").asText()).isEqualTo("GET");
        assertThat(requests.get(1).get("status").asInt()).isEqualTo(404);
        assertThat(requests.get(1).get("session").asText()).isEqualTo("e2e-1");
        assertThat(requests.get(2).get("path").asText()).isEqualTo("/api/v2/experimentation/segments");
        assertThat(requests.get(2).get("status").asInt()).isEqualTo(200);
        assertThat(requests.get(2).has("session")).isFalse();
        assertThat(requests.get(2).get("duration_ms").asLong()).isNotNegative();
        assertThat(requests.get(2).get("timestamp").asText()).endsWith("Z");
        assertThat(requests.toString()).doesNotContain("opaque-dev-token");
    }

    @Test
    void journalShouldBeBoundedAndLimitable() {
        for (int i = 0; i < 5; i++) {
            mock.send(mock.api("/experimentation/segments?take=" + (i + 1)));
        }

        assertThat(requests("")).hasSize(3);
        assertThat(requests("?limit=1")).hasSize(1);
        HttpResponse<String> bad = mock.send(mock.request("/__admin/requests?limit=0"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).get("errorCode").asText()).isEqualTo("invalid_query_string");
    }

    @Test
    void deleteShouldClearTheJournal() {
        mock.send(mock.api("/experimentation/segments"));

        HttpResponse<String> cleared = mock.send(mock.request("/__admin/requests").DELETE());

        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(requests("")).isEmpty();
    }

    @Test
    void adminRequestsShouldNotBeJournaled() {
        mock.send(mock.request("/__admin/reset").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(requests("")).isEmpty();
    }
}
