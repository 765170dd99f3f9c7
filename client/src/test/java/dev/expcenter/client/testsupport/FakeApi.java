package dev.expcenter.client.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback HTTP server answering scripted responses in order and recording every request. */
public final class FakeApi implements AutoCloseable {

  /** A request as the server saw it. */
  public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst().orElse(null);
    }
  }

  /** A scripted response. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body);
    }

    public Reply withHeader(String name, String value) {
      var copy = new java.util.HashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, Map.copyOf(copy), body);
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private Reply always;

  public FakeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to give the client, ending in {@code /api/v2}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2";
  }

  /** Answers the next request with this reply (replies queue up in order). */
  public FakeApi enqueue(Reply reply) {
    synchronized (script) {
      script.add(reply);
    }
    return this;
  }

  /** Answers every request not covered by the queue with this reply. */
  public FakeApi always(Reply reply) {
    this.always = reply;
    return this;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        Map.copyOf(exchange.getRequestHeaders()), body));
    Reply reply;
    synchronized (script) {
      reply = script.isEmpty() ? always : script.poll();
    }
    if (reply == null) {
      reply = Reply.json(500, "{\"message\":\"FakeApi: no reply scripted\"}");
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
