package io.rosterbridge.cleversim.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against a running simulator; never follows redirects. */
public final class SimClient {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;

  /** A client of the simulator at {@code baseUrl}. */
  public SimClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** One response: status, headers and body. */
  public record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

    /** The body as UTF-8 text. */
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
      return Json.parse(bytes);
    }

    /** A header value, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** GET with a bearer token (null for none). */
  public Reply get(String pathAndQuery, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** GET with HTTP Basic credentials. */
  public Reply getBasic(String pathAndQuery, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .header("Authorization", basic(user, password))
            .build());
  }

  /** A request with a body (JSON unless the content type says otherwise). */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** The Basic Authorization header value. */
  public static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
