import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java dist/Train.java DIST LOG}: the training run that records the distribution's start-up
 * cache. Starts {@code DIST/bin/expcenter-mock --port 0 --state-file TEMP/state.db} once to create the
 * state file, then again, reading it, with {@code EXPCENTER_MOCK_TRAINING} set
 * ({@code aot} on a JDK 25+ runtime: {@code -XX:AOTCacheOutput}; {@code cds} below:
 * {@code -XX:ArchiveClassesAtExit}), so the recording run has exactly the launcher's JVM options and
 * class path; sends what a frontend suite sends (lists, gets, creates, a PATCH, transitions, form and
 * JSON bodies, a preflight, 400s and a 404), a few rounds in their own sessions; stops the mock with
 * SIGTERM, and waits for the JVM to write the cache (on JDK 25 a child JVM assembles it).
 * The mock's output goes to LOG. Fails when the mock does not start or no cache is written; a request
 * answered otherwise than expected is only counted (the cache is still made, from what was run).
 * A single-file program, as build/StoreJar.java: the build needs no plugin or curl for it.
 */
public final class Train {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(300);
    private static final int ROUNDS = 3;
    private static final Pattern API = Pattern.compile("API:\\s+(http://\\S+/api/v2)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String api;
    private static String session;
    private static int requests;
    private static final List<String> unexpected = new ArrayList<>();
    private static final Map<Process, Thread> pumps = new HashMap<>();

    private Train() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toRealPath();
        Path log = Path.of(args[1]);
        String mode = runtimeFeature(dist.resolve("runtime/release")) >= 25 ? "aot" : "cds";
        Path cache = dist.resolve(mode.equals("aot") ? "lib/expcenter-mock.aot" : "lib/expcenter-mock.jsa");
        for (String name : List.of("expcenter-mock.aot", "expcenter-mock.jsa", "expcenter-mock.jsa.home")) {
            Files.deleteIfExists(dist.resolve("lib").resolve(name));
        }

        // The default session is kept in a state file, so the cache also covers reading one at start-up
        // (the first run creates it) and committing each write to it.
        Files.deleteIfExists(log);
        Path work = Files.createTempDirectory("expcenter-training");
        Path state = work.resolve("state.db");
        Process seed = start(dist, null, state, log);
        stop(seed, log);

        long started = System.nanoTime();
        Process mock = start(dist, mode, state, log);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                session = "training-" + round;
                round();
            }
            session = null;
            round(); // the default state, as a user without sessions has it
        } catch (Exception e) {
            mock.destroyForcibly();
            throw new IllegalStateException("training run: " + e + " (mock output: " + log + ")", e);
        }
        long requested = System.nanoTime();
        stop(mock, log);
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(work);
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("training run: no cache written to " + cache + " (exit "
                    + mock.exitValue() + ", mock output: " + log + ")");
        }
        System.out.printf("training run (%s): %d requests in %.1f s, %d answered otherwise than expected%s;"
                        + " %s (%d MB) written in %.1f s after SIGTERM%n",
                mode, requests, (requested - started) / 1e9, unexpected.size(),
                unexpected.isEmpty() ? "" : " (" + String.join("; ", unexpected.subList(0, Math.min(3, unexpected.size()))) + ")",
                dist.relativize(cache), Files.size(cache) >> 20, (System.nanoTime() - requested) / 1e9);
    }

    /**
     * Starts the launcher on {@code state} ({@code EXPCENTER_MOCK_TRAINING} = {@code mode}, none for null),
     * its output appended to {@code log}, and waits until it prints its API address.
     */
    private static Process start(Path dist, String mode, Path state, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/expcenter-mock").toString(), "--port", "0",
                "--state-file", state.toString()).redirectErrorStream(true);
        builder.environment().remove("EXPCENTER_MOCK_TRAINING");
        if (mode != null) {
            builder.environment().put("EXPCENTER_MOCK_TRAINING", mode);
        }
        builder.environment().remove("EXPCENTER_MOCK_JAVA_OPTS");
        Process mock = builder.start();
        CompletableFuture<String> apiUri = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(mock, log, apiUri), "training-log");
        pump.start();
        pumps.put(mock, pump);
        try {
            api = apiUri.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            mock.destroyForcibly();
            throw new IllegalStateException("training run: " + e + " (mock output: " + log + ")", e);
        }
        return mock;
    }

    /**
     * SIGTERM, and waits for the JVM to exit (a training JVM writes the cache as it exits). Through the
     * handle: Process.destroy() would also close the pipe the JVM (and on JDK 25 its assembling child)
     * still prints to.
     */
    private static void stop(Process mock, Path log) throws Exception {
        mock.toHandle().destroy();
        if (!mock.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            mock.destroyForcibly();
            throw new IllegalStateException("training run: the mock did not stop within " + STOP_TIMEOUT
                    + " (mock output: " + log + ")");
        }
        pumps.remove(mock).join(10_000);
    }

    /** One pass over what a frontend suite does, against the built-in data. */
    private static void round() throws IOException, InterruptedException {
        call("GET", "/__admin/health", null, null, 200);
        String list = call("GET", "/experimentation/experiments", null, null, 200);
        call("GET", "/experimentation/experiments?take=25", null, null, 200);
        String active = call("GET", "/experimentation/experiments?status=active", null, null, 200);
        List<String> experiments = ids(list, "exp_");
        if (experiments.size() > 3) {
            call("GET", "/experimentation/experiments?take=3&from=" + experiments.get(3), null, null, 200); // a next page
        }
        for (String id : experiments) {
            call("GET", "/experimentation/experiments/" + id, null, null, 200);
        }
        String flags = call("GET", "/experimentation/feature-flags", null, null, 200);
        for (String flag : ids(flags, "flg_")) {
            call("GET", "/experimentation/feature-flags/" + flag, null, null, 200);
            call("GET", "/experimentation/feature-flags/" + flag + "/variations", null, null, 200);
        }
        String segments = call("GET", "/experimentation/segments", null, null, 200);
        for (String segment : ids(segments, "seg_")) {
            call("GET", "/experimentation/segments/" + segment, null, null, 200);
        }
        call("OPTIONS", "/experimentation/experiments", null, null, 204);

        // An experiment on the built-in "Passwordless prompt" flag: created, edited, checked, run through its lifecycle.
        String flag = "flg_puZ1bSvEsLvuEzfLNu2FKJ";
        String created = call("POST", "/experimentation/experiments", "application/json",
                "{\"name\":\"Training " + requests + "\",\"feature_flag_id\":\"" + flag + "\","
                        + "\"authentication_flow\":\"pre_authentication\",\"allocation_strategy\":\"percentage\","
                        + "\"assignment_config\":{\"subject\":\"device\"},\"allocations\":["
                        + "{\"variation_id\":\"var_6Gbt46XN6MmS1awqE3yYMD\",\"weight\":50,\"is_control\":true},"
                        + "{\"variation_id\":\"var_4EPCgjqc4anpnRAgSpGe64\",\"weight\":50,\"is_control\":false}]}", 201);
        String id = ids(created, "exp_").stream().findFirst().orElse("exp_missing");
        String path = "/experimentation/experiments/" + id;
        call("PATCH", path, "application/json", "{\"description\":\"trained\"}", 200);
        call("GET", path, null, null, 200);
        call("POST", path + "/validate", null, null, 200);
        call("POST", path + "/status", "application/json", "{\"status\":\"active\"}", 400); // another one is active
        for (String running : ids(active, "exp_")) {
            call("POST", "/experimentation/experiments/" + running + "/status",
                    "application/x-www-form-urlencoded", "status=paused", 200);
        }
        for (String status : List.of("active", "active", "paused", "active", "completed")) {
            call("POST", path + "/status", "application/json", "{\"status\":\"" + status + "\"}", 200);
        }
        call("POST", path + "/status", "application/json", "{\"status\":\"active\"}", 400); // completed is final
        call("POST", path + "/status", "application/json", "{\"status\":\"archived\"}", 200);
        call("DELETE", path, null, null, 204);

        // Bad input, as a frontend's error paths send it.
        call("POST", "/experimentation/experiments", "application/json", "{\"feature_flag_id\":\"" + flag + "\"}", 400);
        call("POST", "/experimentation/experiments", "application/json", "{\"name\":", 400);
        call("GET", "/experimentation/experiments?take=51", null, null, 400);
        call("POST", path + "/status", "application/json", "{\"status\":\"sideways\"}", 400);
        call("GET", "/experimentation/experiments/exp_doesNotExist000000000", null, null, 404);
        call("POST", "/__admin/reset", null, null, 204);
    }

    private static String call(String method, String path, String type, String body, int expected)
            throws IOException, InterruptedException {
        String base = path.startsWith("/__admin") ? api.substring(0, api.length() - "/api/v2".length()) : api;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer training");
        if (session != null) {
            request.header("X-Mock-Session", session);
        }
        if (method.equals("OPTIONS")) {
            request.header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST");
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        if (response.statusCode() != expected) {
            unexpected.add(method + " " + path + ": " + response.statusCode() + " (expected " + expected + ")");
        }
        return response.body();
    }

    private static List<String> ids(String json, String prefix) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            if (m.group(1).startsWith(prefix) && !ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** The mock's output to LOG; completes {@code api} with the API address it prints when it is up. */
    private static void pump(Process mock, Path log, CompletableFuture<String> api) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.println(line);
                Matcher m = API.matcher(line);
                if (!api.isDone() && m.find()) {
                    api.complete(m.group(1));
                }
            }
            api.completeExceptionally(new IllegalStateException("the mock exited before it was up"));
        } catch (IOException e) {
            api.completeExceptionally(e);
        }
    }

    /** The feature version of a runtime image, from its {@code release} file ({@code JAVA_VERSION="25.0.1"}). */
    private static int runtimeFeature(Path release) throws IOException {
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        if (!m.find()) {
            throw new IllegalStateException("no JAVA_VERSION in " + release);
        }
        return Integer.parseInt(m.group(1));
    }
}
