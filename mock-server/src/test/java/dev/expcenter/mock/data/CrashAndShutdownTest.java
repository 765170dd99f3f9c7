package dev.expcenter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.mock.spec.Strictness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mock as a real child JVM ({@code cli.Main}, the test classpath): killed with {@code kill -9}
 * in the middle of a load of concurrent writes, at 100 and at 100,000 stored experiments, every write
 * it answered 2xx is there after a restart on the same state file; stopped with SIGTERM, a request in flight still gets its answer and the process
 * exits cleanly.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CrashAndShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    /** A running child mock and its API root. */
    private record Child(Process process, URI api) {
    }

    private static Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                // C1 only, as ./mock runs it: about half the start-up, and this class starts three.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // As strict as this JVM (the build runs the mock's tests strict).
                "-D" + Strictness.PROPERTY + "=" + Boolean.getBoolean(Strictness.PROPERTY),
                "-cp", System.getProperty("java.class.path"), "dev.expcenter.mock.cli.Main", "--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.trim().startsWith("API:")) {
                URI api = URI.create(line.trim().substring(4).trim());
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                }, "child-output");
                drain.setDaemon(true);
                drain.start();
                return new Child(process, api);
            }
        }
        throw new IllegalStateException("The mock did not start:\n" + seen);
    }

    private HttpResponse<String> send(URI api, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer dev-token")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Three writers, each creating flags and renaming experiments of its own (every experiment at
     * most once, so an acknowledged rename has exactly one expected result), against a state file
     * of {@code experiments} experiments; {@code kill -9} after 150 acknowledged writes; then every
     * acknowledged write must be there after a restart.
     */
    @ParameterizedTest(name = "{0} stored experiments")
    @ValueSource(ints = {100, 100_000})
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyAcknowledgedWriteShouldSurviveKillDashNine(int experiments) throws Exception {
        Path file = dir.resolve("state.db");
        List<String> ids = StoredExperiments.create(file, experiments);
        Child child = start("--state-file", file.toString());
        ConcurrentLinkedQueue<String> flags = new ConcurrentLinkedQueue<>();
        Map<String, String> renamed = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        int share = ids.size() / 3;
        for (int t = 0; t < 3; t++) {
            int thread = t;
            running.add(writers.submit(() -> {
                for (int i = 0; i < 2000 && !stop.get(); i++) {
                    try {
                        if (i % 2 == 0 || i / 2 >= share) {
                            HttpResponse<String> reply = send(child.api(), "POST", "/experimentation/feature-flags",
                                    "{\"name\": \"crash-" + thread + "-" + i
                                            + "\", \"parameters\": {\"on\": {\"type\": \"boolean\", \"value\": false}}}");
                            if (reply.statusCode() / 100 == 2) {
                                flags.add(JSON.readTree(reply.body()).path("id").asText());
                            }
                        } else {
                            String id = ids.get(thread * share + i / 2);
                            String name = "renamed-" + thread + "-" + i;
                            HttpResponse<String> reply = send(child.api(), "PATCH", "/experimentation/experiments/" + id,
                                    "{\"name\": \"" + name + "\"}");
                            if (reply.statusCode() / 100 == 2) {
                                renamed.put(id, name);
                            }
                        }
                    } catch (IOException e) {
                        return null; // the process is gone
                    }
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (flags.size() + renamed.size() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.process().destroyForcibly();
        assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        for (Future<?> writer : running) {
            writer.get(20, TimeUnit.SECONDS);
        }
        writers.shutdown();
        List<String> ackedFlags = List.copyOf(flags);
        Map<String, String> ackedRenames = Map.copyOf(renamed);
        assertThat(ackedFlags.size() + ackedRenames.size()).as("writes acknowledged before the kill")
                .isGreaterThanOrEqualTo(10);

        Child again = start("--state-file", file.toString());
        try {
            List<String> missing = new ArrayList<>();
            for (String id : ackedFlags) {
                if (send(again.api(), "GET", "/experimentation/feature-flags/" + id, null).statusCode() != 200) {
                    missing.add(id);
                }
            }
            for (Map.Entry<String, String> rename : ackedRenames.entrySet()) {
                HttpResponse<String> e = send(again.api(), "GET", "/experimentation/experiments/" + rename.getKey(), null);
                if (e.statusCode() != 200 || !JSON.readTree(e.body()).path("name").asText().equals(rename.getValue())) {
                    missing.add(rename.getKey() + " as " + rename.getValue());
                }
            }
            System.out.printf("kill -9 at %d experiments after %d acknowledged writes: %d missing after restart%n",
                    experiments, ackedFlags.size() + ackedRenames.size(), missing.size());
            assertThat(missing).as("acknowledged writes lost by kill -9").isEmpty();
        } finally {
            again.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigtermShouldLetARequestInFlightFinish() throws Exception {
        Child child = start();
        try {
            // Warm up (client, connection, the server's first request) so the slow one is surely in flight.
            assertThat(send(child.api(), "GET", "/experimentation/experiments", null).statusCode()).isEqualTo(200);
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return send(child.api(), "GET", "/experimentation/experiments", null, "Prefer", "delay=1000");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            child.process().destroy(); // SIGTERM
            HttpResponse<String> reply = slow.get(15, TimeUnit.SECONDS);
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            assertThat(child.process().waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(child.process().exitValue()).isIn(0, 143);
        } finally {
            child.process().destroyForcibly();
        }
    }
}
