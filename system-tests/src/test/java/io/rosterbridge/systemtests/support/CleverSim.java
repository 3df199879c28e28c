package io.rosterbridge.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** clever-sim as the tests drive it: districts, mutations, faults (admin API) and the Data API. */
public final class CleverSim {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String url;

  CleverSim(String url) {
    this.url = url;
  }

  /** A district the tests created: its Clever id and bearer token. */
  public record District(String id, String token) {}

  /** Adds a generated district of {@code users} users; the fetcher discovers it. */
  public District generate(long seed, int users) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("generate").put("seed", seed).put("users", users);
    return district(admin("POST", "districts", body));
  }

  /** Adds the district in a folder of Clever list responses. */
  public District load(String dumpDir) {
    return district(admin("POST", "districts", JSON.createObjectNode().put("dumpDir", dumpDir)));
  }

  private static District district(JsonNode created) {
    return new District(created.path("id").asText(), created.path("token").asText());
  }

  /** Every object of one list of the Data API ({@code users?role=student}, {@code sections} …). */
  public List<JsonNode> list(District district, String path) {
    List<JsonNode> all = new ArrayList<>();
    String next = "/v3.0/" + path + (path.contains("?") ? "&" : "?") + "limit=10000";
    while (next != null) {
      JsonNode page = send(request(next).header("Authorization", "Bearer " + district.token()));
      page.path("data").forEach(d -> all.add(d.path("data")));
      next = null;
      for (JsonNode link : page.path("links")) {
        if ("next".equals(link.path("rel").asText())) {
          next = link.path("uri").asText();
        }
      }
    }
    return all;
  }

  /** A call on the admin API ({@code /admin/<path>}) with a JSON body (or null). */
  public JsonNode admin(String method, String path, JsonNode body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString());
    return send(
        request("/admin/" + path)
            .header("Content-Type", "application/json")
            .method(method, publisher));
  }

  /** Removes a user from the district (Clever emits users.deleted). */
  public void removeUser(District district, String userId) {
    admin("DELETE", "districts/" + district.id() + "/users/" + userId, null);
  }

  /** Injects a fault; {@code spec} as clever-sim's fault API takes it. */
  public void fault(ObjectNode spec) {
    admin("POST", "faults", spec);
  }

  /** Removes every fault. */
  public void clearFaults() {
    admin("DELETE", "faults", null);
  }

  /** A new JSON object. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
  }

  private static JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "clever-sim answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach clever-sim: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
