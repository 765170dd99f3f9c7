package dev.expcenter.mock.reliability;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.stub.testsupport.TargetServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The mock as a target of the reliability suites: started on 127.0.0.1 with a free port from an empty
 * data set (so {@code POST /__admin/reset} empties it), its state exported by {@code GET /__admin/state}.
 */
public final class MockTarget implements TargetServer {
    private static final String EMPTY = "{\"feature_flags\": [], \"variations\": [], \"segments\": [], \"experiments\": []}";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path data;
    private final MockServer mock;

    public MockTarget() {
        this(MockConfig.builder());
    }

    /** The mock with {@code config}, its data file replaced by an empty one. */
    public MockTarget(MockConfig.Builder config) {
        try {
            data = Files.createTempFile("expcenter-empty-data", ".json");
            Files.writeString(data, EMPTY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mock = MockServer.start(config.stub(s -> s.dataFile(data)).build());
    }

    public MockServer mock() {
        return mock;
    }

    @Override
    public URI apiRoot() {
        return mock.apiUri();
    }

    @Override
    public String snapshotJson() {
        return admin("GET", "/state");
    }

    @Override
    public void reset() {
        admin("POST", "/reset");
    }

    private String admin(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.uri() + "/__admin" + path))
                .timeout(Duration.ofSeconds(15)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " /__admin" + path + " -> " + response.statusCode()
                        + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " /__admin" + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mock.close();
        try {
            Files.deleteIfExists(data);
        } catch (IOException e) {
            // a temp file; the OS cleans up
        }
    }
}
