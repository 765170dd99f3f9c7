package dev.expcenter.mock.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One served API request. Never a header, a query or a body, so never a token.
 *
 * @param timestamp when the request arrived
 * @param method the HTTP method
 * @param path the raw path, e.g. {@code /api/v2/experimentation/experiments}
 * @param status the response status
 * @param durationMs time from arrival to response, in milliseconds
 * @param session the {@code X-Mock-Session} sent, or null
 */
public record JournalEntry(
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("status") int status,
        @JsonProperty("duration_ms") long durationMs,
        @JsonProperty("session") String session) {
}
