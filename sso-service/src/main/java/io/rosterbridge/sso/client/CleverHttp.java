package io.rosterbridge.sso.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterbridge.sso.client.CleverException.Kind;
import io.rosterbridge.sso.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends requests to Clever and reads JSON answers; failures become {@link CleverException}. */
@ApplicationScoped
public class CleverHttp {

  private final HttpClient http;
  private final ObjectMapper json;
  private final CleverConfig config;

  public CleverHttp(CleverConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
  }

  /** A request builder for the URL with the configured timeout. */
  public HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(config.requestTimeout())
        .header("Accept", "application/json");
  }

  /** Sends the request; 5xx and I/O failures are UNAVAILABLE, other non-2xx are returned. */
  public Answer send(HttpRequest request, String what) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CleverException(Kind.UNAVAILABLE, what + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CleverException(Kind.UNAVAILABLE, what + ": interrupted", e);
    }
    if (response.statusCode() >= 500) {
      throw new CleverException(Kind.UNAVAILABLE, what + ": HTTP " + response.statusCode());
    }
    return new Answer(response.statusCode(), parse(response.body(), what));
  }

  private JsonNode parse(String body, String what) {
    try {
      return json.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      throw new CleverException(Kind.UNAVAILABLE, what + ": the answer is not JSON");
    }
  }

  /** A status and a JSON body. */
  public record Answer(int status, JsonNode body) {

    /** Whether the status is 2xx. */
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }
}
