package dev.expcenter.mock.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.mock.reliability.MockTarget;
import dev.expcenter.mock.testsupport.MockClient;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The stub and the mock side by side on the parity tenant ({@code /parity/tenant.json}), each behind a spec-checked client. */
final class ParityPair implements AutoCloseable {
    private final String tenant;
    private final ApiServer stub;
    private final MockTarget mock;
    private final SpecCheckedClient toStub;
    private final SpecCheckedClient toMock;

    ParityPair() {
        try (InputStream in = ParityPair.class.getResourceAsStream("/parity/tenant.json")) {
            tenant = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stub = new ApiServer();
        mock = new MockTarget();
        toStub = stub.client();
        toMock = new SpecCheckedClient(mock.apiRoot());
    }

    /** Both servers hold the parity tenant and nothing else. */
    void sameTenantOnBoth() {
        stub.engine().replace(ApiResources.stateFile().read(
                new ByteArrayInputStream(tenant.getBytes(StandardCharsets.UTF_8)), "parity/tenant.json"));
        HttpResponse<String> imported = MockClient.send(HttpRequest.newBuilder(URI.create(mock.mock().uri() + "/__admin/state"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(tenant)).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(204);
    }

    /** The same request to the stub, then to the mock; each answer checked against both documents. */
    List<Reply> both(String method, String path, String body, Map<String, String> headers) {
        return List.of(toStub.sendWithHeaders(method, path, body, headers), toMock.sendWithHeaders(method, path, body, headers));
    }

    @Override
    public void close() {
        stub.close();
        mock.close();
    }
}
