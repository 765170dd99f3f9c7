package dev.expcenter.mock.spec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.resource.EngineSelector;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.StubConfig;
import dev.expcenter.stub.server.StubServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Rough added cost of the spec-driven layer per request; run with {@code -Dexpcenter.bench=true}. Asserts nothing. */
class ValidationCostBenchmark {
    private static final int ROUNDS = 2000;

    @Test
    void measure() throws Exception {
        assumeTrue(Boolean.getBoolean("expcenter.bench"), "benchmark: -Dexpcenter.bench=true");
        try (SpecSource source = SpecSource.classpath()) {
            for (int pass = 0; pass < 2; pass++) {
                System.out.printf("plain:        %.3f ms/request%n", run(false, source));
                System.out.printf("spec-driven:  %.3f ms/request%n", run(true, source));
            }
        }
    }

    private static double run(boolean spec, SpecSource source) throws Exception {
        ExperimentCenter engine = ExperimentCenter.create();
        try (StubServer server = StubServer.start(StubConfig.builder().rateLimit(1_000_000).build(), app -> {
            ApiResources.register(app, EngineSelector.fixed(engine));
            if (spec) {
                app.register(new SpecDrivenFeature(source, ChaosSettings.none(), Strictness.LOG));
            }
        })) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI flags = server.uri().resolve("experimentation/feature-flags");
            long start = 0;
            for (int i = 0; i < ROUNDS * 2; i++) {
                if (i == ROUNDS) {
                    start = System.nanoTime(); // The first half warms up.
                }
                HttpRequest request = i % 2 == 0
                        ? HttpRequest.newBuilder(flags).header("Authorization", "Bearer t").GET().build()
                        : HttpRequest.newBuilder(flags).header("Authorization", "Bearer t").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"flag" + i + "\", \"parameters\": {}}")).build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
            return (System.nanoTime() - start) / 1e6 / ROUNDS;
        }
    }
}
