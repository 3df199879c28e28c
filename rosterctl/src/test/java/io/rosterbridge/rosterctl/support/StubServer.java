package io.rosterbridge.rosterctl.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP server (JDK {@code com.sun.net.httpserver}) that answers as the roster-writer (below
 * {@code /writer}) and the clever-fetcher (below {@code /fetcher}) would, with answers each test
 * sets, and records the requests it received. It checks rosterctl's side of the conversation only:
 * the real services are exercised end to end by system-tests.
 */
public final class StubServer {

  /** One request as received. */
  public record Request(
      String method, String path, Map<String, List<String>> headers, byte[] body) {

    /** A header's first value, or null (names are case-insensitive). */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private record Answer(int status, String contentType, byte[] body) {}

  private static StubServer instance;

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The running server, started on first use. */
  public static synchronized StubServer get() {
    if (instance == null) {
      try {
        instance = new StubServer();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the stub server", e);
      }
    }
    return instance;
  }

  /** Stops the server, if it runs. */
  public static synchronized void stop() {
    if (instance != null) {
      instance.server.stop(0);
      instance = null;
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Forgets every answer and request. */
  public void reset() {
    answers.clear();
    requests.clear();
  }

  /** Answers {@code METHOD path} (path with its query) with a JSON body. */
  public StubServer json(String method, String path, int status, String json) {
    answers.put(
        method + " " + path,
        new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** What was received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String target = query == null ? path : path + "?" + query;
    byte[] body = exchange.getRequestBody().readAllBytes();
    requests.add(
        new Request(
            exchange.getRequestMethod(), target, Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = answers.get(exchange.getRequestMethod() + " " + target);
    if (answer == null) {
      // Not a status rosterctl explains: an unexpected request fails the test visibly.
      answer =
          new Answer(
              599,
              "text/plain",
              ("no stub for " + exchange.getRequestMethod() + " " + target)
                  .getBytes(StandardCharsets.UTF_8));
    }
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body());
    }
  }
}
