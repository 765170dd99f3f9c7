package dev.expcenter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The ceiling: the Grizzly the stub runs on, with one handler that drains the request body and answers
 * every request {@code 200} with a fixed experiment (the spec's {@code ExperimentActive} example). No
 * Jersey, no routing, no JSON, no engine. {@code java -cp benchmarks.jar dev.expcenter.bench.BareServer --port N}.
 */
public final class BareServer {
    static final byte[] EXPERIMENT = ("{\"id\":\"exp_9Km3nZ7vQwRx2yDjFs5gCp\",\"name\":\"Passkey prompt on login\","
            + "\"description\":\"Does prompting for a passkey after login raise enrolment?\","
            + "\"feature_flag_id\":\"flg_72jbvv7LfRKYp59gtRLtkn\",\"authentication_flow\":\"pre_authentication\","
            + "\"allocation_strategy\":\"percentage\",\"assignment_config\":{\"subject\":\"device\"},"
            + "\"status\":\"active\",\"is_valid\":true,\"allocations\":["
            + "{\"variation_id\":\"var_4Nq8mR2xPkTv6wYjHs3fBn\",\"weight\":50,\"is_control\":true},"
            + "{\"variation_id\":\"var_7Tz3Wq9KxMv2Rb5YhJd8Ne\",\"weight\":50,\"is_control\":false}],"
            + "\"created_at\":\"2026-11-02T09:10:00Z\",\"updated_at\":\"2026-11-03T08:00:00Z\","
            + "\"started_at\":\"2026-11-03T08:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = 8090;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        HttpServer server = new HttpServer();
        server.addListener(new NetworkListener("bare", "127.0.0.1", port));
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            private final byte[] sink = new byte[8192];

            @Override
            public void service(Request request, Response response) throws Exception {
                try (InputStream in = request.getInputStream()) {
                    while (in.read(sink) > 0) {
                        // drain
                    }
                }
                response.setStatus(200);
                response.setContentType("application/json");
                response.setContentLength(EXPERIMENT.length);
                response.getOutputStream().write(EXPERIMENT);
            }
        }, "/");
        serveUntilStopped(server, "bare grizzly listening on http://127.0.0.1:" + port + "/");
    }

    /** Starts {@code server}, prints {@code banner}, and serves until the JVM is told to stop. */
    static void serveUntilStopped(HttpServer server, String banner) throws IOException, InterruptedException {
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stopped.countDown();
        }));
        System.out.println(banner);
        stopped.await();
    }
}
