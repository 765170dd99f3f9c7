package dev.expcenter.mock.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user without Java gets it (run by failsafe after {@code package}): the
 * tarball unpacked into a temp dir and {@code bin/expcenter-mock} started, and the npm package
 * installed from its file and started through {@code npx}, each with an environment whose PATH
 * holds only the tools the launcher (and npm) run, no {@code java}, and no JAVA_HOME; each answers
 * 200 on the experiments list. Both run somewhere else than the build made them, and each start is
 * strict about the start-up cache (JDK 25 runtime: {@code -XX:AOTMode=on}, the JVM refuses to start
 * without the cache; JDK 17 runtime: the first run records one into the user's cache, the next starts
 * with {@code -Xshare:on}), so a cache that does not survive the move fails here.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DistributionIT {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final Duration INSTALL = Duration.ofSeconds(180);
    private static final Pattern API = Pattern.compile("API:\\s+(http://\\S+/api/v2)");
    /** What bin/expcenter-mock runs, and what npm and npx need besides. */
    private static final List<String> TOOLS = List.of("sh", "dirname", "readlink", "cat", "head", "cksum", "cut",
            "mkdir", "mv", "touch", "date", "rm", "node", "npm", "npx");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;
    private Path tools;

    @BeforeEach
    void toolsWithoutJava() throws IOException, InterruptedException {
        tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : TOOLS) {
            Path found = onPath(tool);
            assertThat(found).as("%s on this machine's PATH", tool).isNotNull();
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
        Files.createDirectories(tmp.resolve("home"));
        ProcessBuilder probe = new ProcessBuilder(tools.resolve("sh").toString(), "-c", "command -v java || exit 3")
                .redirectErrorStream(true);
        probe.environment().clear();
        probe.environment().putAll(environment(Map.of()));
        Process check = probe.start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("java is not to be found on the test's PATH").isEqualTo(3);
    }

    @AfterEach
    void removeTheToolLinks() throws IOException {
        try (Stream<Path> links = Files.list(tools)) { // before @TempDir's clean-up, which warns about each
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    @Test
    void theTarballShouldServeWithNoJavaOnThePath() throws Exception {
        Path tarball = Path.of(System.getProperty("dist.tarball"));
        Path unpacked = Files.createDirectories(tmp.resolve("somewhere else"));
        run(unpacked, INSTALL, List.of("tar", "-xzf", tarball.toString()));
        Path home;
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.filter(p -> p.getFileName().toString().startsWith("expcenter-mock-")).findFirst().orElseThrow();
        }
        String launcher = home.resolve("bin/expcenter-mock").toString();

        int feature = runtimeFeature(home.resolve("runtime/release"));
        if (feature >= 25) {
            serve(unpacked, "-XX:AOTMode=on", launcher);
        } else {
            serve(unpacked, "", launcher); // records an archive for this place as it stops
            Path cache = tmp.resolve("cache/expcenter-mock");
            try (Stream<Path> recorded = Files.list(cache)) {
                assertThat(recorded.map(p -> p.getFileName().toString())).as("recorded in %s", cache)
                        .anyMatch(name -> name.endsWith(".jsa"));
            }
            serve(unpacked, "-Xshare:on", launcher);
        }
    }

    @Test
    void theNpmPackageShouldServeThroughNpxWithNoJavaOnThePath() throws Exception {
        Path tgz = Path.of(System.getProperty("dist.npm"));
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("package.json"), "{\"name\": \"frontend\", \"private\": true}\n");
        run(project, INSTALL, List.of("npm", "install", "--no-audit", "--no-fund", "--offline", tgz.toString()));
        assertThat(project.resolve("node_modules/.bin/expcenter-mock")).exists();

        int feature = runtimeFeature(project.resolve("node_modules/expcenter-mock/runtime/release"));
        if (feature >= 25) {
            serve(project, "-XX:AOTMode=on", "npx", "--offline", "expcenter-mock");
        } else {
            serve(project, "", "npx", "--offline", "expcenter-mock");
            serve(project, "-Xshare:on", "npx", "--offline", "expcenter-mock");
        }
    }

    /** Starts COMMAND --port 0 in DIR, waits for the API line, expects a 200 on the list, stops it. */
    private void serve(Path dir, String javaOptions, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--port", "0"));
        Path log = Files.createTempFile(tmp, "mock", ".log");
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(Map.of("EXPCENTER_MOCK_JAVA_OPTS", javaOptions)));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI api = apiOf(process, log);
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(api + "/experimentation/experiments"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer dist").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).as("%s, output:%n%s", args, output(log)).isEqualTo(200);
            assertThat(list.body()).contains("\"experiments\"");
            System.out.printf("%s (%s): first 200 after %d ms%n", String.join(" ", command), javaOptions,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } finally {
            stop(process);
        }
    }

    private static URI apiOf(Process process, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = API.matcher(output(log));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the mock exited (" + process.exitValue() + "):\n" + output(log));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the mock was not up within " + START + ":\n" + output(log));
    }

    /** SIGTERM to the process and everything it started (npx, a shell, the JVM), then SIGKILL if it must. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP.toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private void run(Path dir, Duration limit, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(Map.of()));
        builder.environment().put("PATH", tools + File.pathSeparator + System.getenv("PATH")); // tar, gzip
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " took longer than " + limit + ":\n" + output(log));
        }
        assertThat(process.exitValue()).as("%s:%n%s", command, output(log)).isZero();
    }

    /** PATH of the tools only; HOME, caches and npm's files under the temp dir; no JAVA_HOME. */
    private Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PATH", tools.toString(),
                "HOME", tmp.resolve("home").toString(),
                "XDG_CACHE_HOME", tmp.resolve("cache").toString(),
                "npm_config_cache", tmp.resolve("npm-cache").toString(),
                "npm_config_update_notifier", "false",
                "LANG", "C.UTF-8"));
        env.putAll(extra);
        return env;
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int runtimeFeature(Path release) throws IOException {
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        assertThat(m.find()).as("JAVA_VERSION in %s", release).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String output(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
