package dev.expcenter.mock.spec;

import dev.expcenter.stub.error.ErrorResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A spec example as an HTTP response: the declared status, the example as JSON, a header saying why. */
final class ExampleResponses {
    private ExampleResponses() {
    }

    /**
     * The response; an error without an example gets a generic Auth0 body, a success without one
     * gets no body. {@code reason} ends up in {@code x-mock-forced}.
     */
    static Response of(SpecResponse response, SpecExample example, String reason) {
        Response.ResponseBuilder builder;
        if (example != null && example.value() != null) {
            builder = Response.status(response.status()).entity(example.value().toString()).type(MediaType.APPLICATION_JSON_TYPE);
        } else if (response.isError()) {
            builder = ErrorResponses.withoutCode(response.status(), "Forced " + response.status() + " (the spec documents no example)");
        } else {
            builder = Response.status(response.status());
        }
        if (response.status() == 429) {
            builder.header(HttpHeaders.RETRY_AFTER, 1);
        } else if (response.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.header(ForcingFilter.FORCED_HEADER, reason + (example == null || example.name().isEmpty() ? "" : ":" + example.name())).build();
    }
}
