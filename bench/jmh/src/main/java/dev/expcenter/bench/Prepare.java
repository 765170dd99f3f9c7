package dev.expcenter.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a stateful target (stub or mock) over its HTTP API for bench/run.sh and writes the ids of
 * the experiments to use, one per line:
 * <ol>
 *   <li>pauses any experiment already active (the mock's built-in data may have one);</li>
 *   <li>creates a flag with two variations and activates it;</li>
 *   <li>creates N ready 50/50 experiments and moves each {@code draft → active → paused}.</li>
 * </ol>
 * All N end {@code paused}, and none is active. {@code Prepare BASE_URL N OUT_FILE} (BASE_URL ends in /api/v2).
 */
public final class Prepare {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static String base;

    private Prepare() {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);

        String active = call("GET", "/experimentation/experiments?status=active&take=50", null, 200);
        for (String id : ids(active)) {
            call("POST", "/experimentation/experiments/" + id + "/status", "{\"status\":\"paused\"}", 200);
        }
        String flag = id(call("POST", "/experimentation/feature-flags", "{\"name\":\"bench_flag\","
                + "\"parameters\":{\"show_passkey_prompt\":{\"type\":\"boolean\",\"value\":false}}}", 201));
        String a = id(call("POST", "/experimentation/feature-flags/" + flag + "/variations",
                "{\"name\":\"control\",\"overrides\":{}}", 201));
        String b = id(call("POST", "/experimentation/feature-flags/" + flag + "/variations",
                "{\"name\":\"prompt\",\"overrides\":{\"show_passkey_prompt\":{\"value\":true}}}", 201));
        call("POST", "/experimentation/feature-flags/" + flag + "/status", "{\"status\":\"active\"}", 200);

        List<String> experiments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = id(call("POST", "/experimentation/experiments", "{\"name\":\"bench " + i + "\","
                    + "\"feature_flag_id\":\"" + flag + "\",\"authentication_flow\":\"pre_authentication\","
                    + "\"allocation_strategy\":\"percentage\",\"assignment_config\":{\"subject\":\"device\"},\"allocations\":["
                    + "{\"variation_id\":\"" + a + "\",\"weight\":50,\"is_control\":true},"
                    + "{\"variation_id\":\"" + b + "\",\"weight\":50,\"is_control\":false}]}", 201));
            call("POST", "/experimentation/experiments/" + id + "/status", "{\"status\":\"active\"}", 200);
            call("POST", "/experimentation/experiments/" + id + "/status", "{\"status\":\"paused\"}", 200);
            experiments.add(id);
        }
        Files.write(out, experiments);
        System.out.println("prepared " + n + " paused experiments of flag " + flag + " into " + out);
    }

    private static String call(String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer bench");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": expected " + expected + ", got "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            if (m.group(1).startsWith("exp_")) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
