package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every injectable fault, with the exact response it produces. */
class FaultsTest {

  private CleverSimulator clever;
  private SimClient client;
  private String token;

  @BeforeEach
  void start() {
    clever =
        CleverSimulator.start(SimConfig.builder().generate(GeneratorSpec.ofUsers(5, 300)).build());
    client = new SimClient(clever.baseUrl());
    token = clever.districtToken();
  }

  @AfterEach
  void stop() {
    clever.close();
  }

  @Test
  void aRateLimitStormAnswers429ForNResponsesThenRecovers() {
    clever.faults().add(FaultSpec.times(2, "/v3.0/users", FaultType.RATE_LIMIT));
    for (int i = 0; i < 2; i++) {
      Reply storm = client.get("/v3.0/users", token);
      assertThat(storm.status()).isEqualTo(429);
      assertThat(storm.body()).isEqualTo("{\"message\":\"rate limit exceeded\"}");
      assertThat(storm.header("X-Ratelimit-Remaining")).isEqualTo("0");
      assertThat(storm.header("X-Ratelimit-Limit")).isEqualTo("1200");
      assertThat(storm.header("X-Ratelimit-Reset")).matches("\\d{10}");
    }
    Reply after = client.get("/v3.0/users", token);
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("X-Ratelimit-Remaining")).isEqualTo("1197");
    assertThat(clever.faults().list()).isEmpty();
  }

  @Test
  void aServerErrorSwitchedOnThroughTheAdminApiHitsOnlyItsEndpoint() {
    Reply added =
        client.send(
            "POST",
            "/admin/faults",
            "{\"endpoint\":\"/v3.0/sections\",\"type\":\"server_error\",\"times\":1,\"status\":503}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.body())
        .isEqualTo(
            "{\"endpoint\":\"/v3.0/sections\",\"type\":\"server_error\",\"times\":1,"
                + "\"status\":503,\"latencyMs\":null,\"id\":\"fault-1\",\"remaining\":1}");
    assertThat(client.get("/v3.0/users", token).status()).isEqualTo(200);
    Reply failed = client.get("/v3.0/sections?limit=5", token);
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(failed.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
    assertThat(client.get("/v3.0/sections?limit=5", token).status()).isEqualTo(200);
  }

  @Test
  void aPermanentServerErrorLastsUntilRemoved() {
    String id =
        clever.faults().add(FaultSpec.permanent("/v3.0/users", FaultType.SERVER_ERROR)).id();
    for (int i = 0; i < 3; i++) {
      Reply reply = client.get("/v3.0/users/" + clever.districtId(), token);
      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }
    assertThat(client.send("DELETE", "/admin/faults/" + id, "").body()).isEqualTo("{\"data\":[]}");
    assertThat(client.get("/v3.0/users", token).status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysTheNormalResponse() {
    String normal = client.get("/v3.0/schools", token).body();
    clever.faults().add(FaultSpec.latency("/v3.0/schools", 400, 1));
    long start = System.nanoTime();
    Reply slow = client.get("/v3.0/schools", token);
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
    assertThat(slow.status()).isEqualTo(200);
    assertThat(slow.body()).isEqualTo(normal);
    assertThat(clever.faults().list()).isEmpty();
  }

  @Test
  void aTruncatedBodyIsTheFirstHalfOfTheRealOne() {
    byte[] normal = client.get("/v3.0/users?limit=3", token).bytes();
    clever.faults().add(FaultSpec.times(1, "/v3.0/users", FaultType.TRUNCATED_BODY));
    Reply cut = client.get("/v3.0/users?limit=3", token);
    assertThat(cut.status()).isEqualTo(200);
    assertThat(cut.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(cut.bytes()).isEqualTo(Arrays.copyOf(normal, normal.length / 2));
    assertThatThrownBy(cut::json).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResponseWithoutDataKeepsOnlyTheLinks() {
    JsonNode normal = client.get("/v3.0/users?limit=3", token).json();
    clever.faults().add(FaultSpec.times(1, "/v3.0/users", FaultType.MISSING_DATA));
    Reply reply = client.get("/v3.0/users?limit=3", token);
    assertThat(reply.status()).isEqualTo(200);
    String next = normal.get("links").get(1).get("uri").asText();
    assertThat(reply.body())
        .isEqualTo(
            "{\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/users?limit=3\"},"
                + "{\"rel\":\"next\",\"uri\":\""
                + next
                + "\"}]}");
  }

  @Test
  void anHtmlErrorPageReplacesTheJson() {
    clever.faults().add(FaultSpec.times(1, "/v3.0/users", FaultType.HTML_ERROR));
    Reply reply = client.get("/v3.0/users", token);
    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(reply.body())
        .isEqualTo(
            "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
                + "<h1>502 Bad Gateway</h1>\n<p>The upstream server did not answer. Please try again later.</p>\n"
                + "</body>\n</html>\n");
    clever.faults().add(FaultSpec.times(1, "/oauth/tokens", FaultType.HTML_ERROR).withStatus(200));
    Reply tokens =
        client.getBasic(
            "/oauth/tokens?owner_type=district", "clever-sim-client", "clever-sim-secret");
    assertThat(tokens.status()).isEqualTo(200);
    assertThat(tokens.body()).startsWith("<html>\n<head><title>200 Error</title>");
  }

  @Test
  void aSelfPointingNextLinkRepeatsThePage() {
    String first =
        client.get("/v3.0/users?limit=3", token).json().get("links").get(1).get("uri").asText();
    clever.faults().add(FaultSpec.permanent("/v3.0/users", FaultType.SELF_NEXT_LINK));
    JsonNode page = client.get(first, token).json();
    assertThat(page.get("data")).hasSize(3);
    String cursor = first.substring(first.indexOf("starting_after=") + 15);
    String firstOnPage = page.get("data").get(0).get("data").get("id").asText();
    assertThat(page.get("links").toString())
        .isEqualTo(
            "[{\"rel\":\"self\",\"uri\":\""
                + first
                + "\"},"
                + "{\"rel\":\"prev\",\"uri\":\"/v3.0/users?limit=3&ending_before="
                + firstOnPage
                + "\"},"
                + "{\"rel\":\"next\",\"uri\":\""
                + first
                + "\"}]");
    assertThat(cursor).hasSize(24);
    JsonNode again = client.get(page.get("links").get(2).get("uri").asText(), token).json();
    assertThat(again.get("data")).isEqualTo(page.get("data"));
  }

  @Test
  void aRevokedTokenFaultAnswers401WithAValidToken() {
    clever.faults().add(FaultSpec.times(1, "*", FaultType.REVOKED_TOKEN));
    Reply reply = client.get("/v3.0/districts", token);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"message\":\"invalid or revoked token\"}");
    assertThat(reply.header("X-Ratelimit-Limit")).isEqualTo("1200");
    assertThat(client.get("/v3.0/districts", token).status()).isEqualTo(200);
  }

  @Test
  void theAdminApiListsAndClearsFaults() {
    client.send(
        "POST",
        "/admin/faults",
        "{\"endpoint\":\"/v3.0/events\",\"type\":\"latency\",\"latencyMs\":5}");
    client.send("POST", "/admin/faults", "{\"type\":\"revoked_token\",\"times\":3}");
    JsonNode listed = client.get("/admin/faults", null).json();
    assertThat(listed.toString())
        .isEqualTo(
            "{\"data\":["
                + "{\"endpoint\":\"/v3.0/events\",\"type\":\"latency\",\"times\":null,\"status\":null,\"latencyMs\":5,\"id\":\"fault-1\",\"remaining\":null},"
                + "{\"endpoint\":\"*\",\"type\":\"revoked_token\",\"times\":3,\"status\":null,\"latencyMs\":null,\"id\":\"fault-2\",\"remaining\":3}]}");
    assertThat(client.send("DELETE", "/admin/faults", "").body()).isEqualTo("{\"data\":[]}");
    Reply bad = client.send("POST", "/admin/faults", "{\"type\":\"meteor_strike\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("{\"message\":\"unknown fault type: meteor_strike\"}");
  }
}
