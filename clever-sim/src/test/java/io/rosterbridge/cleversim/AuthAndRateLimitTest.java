package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.support.MutableClock;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer district tokens (401 when wrong or revoked) and the per-token, per-minute budget. */
class AuthAndRateLimitTest {

  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private final MutableClock clock = new MutableClock(START);
  private CleverSimulator clever;
  private SimClient client;

  @BeforeEach
  void start() {
    clever =
        CleverSimulator.start(
            SimConfig.builder()
                .generate(GeneratorSpec.ofUsers(3, 300))
                .rateLimitPerMinute(5)
                .clock(clock)
                .build());
    client = new SimClient(clever.baseUrl());
  }

  @AfterEach
  void stop() {
    clever.close();
  }

  @Test
  void aWrongOrMissingTokenIs401WithRateHeaders() {
    for (String token : new String[] {"not-a-token", null}) {
      Reply reply = client.get("/v3.0/users", token);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.body()).isEqualTo("{\"message\":\"invalid or revoked token\"}");
      assertThat(reply.header("X-Ratelimit-Limit")).isEqualTo("5");
      assertThat(reply.header("X-Ratelimit-Bucket")).isEqualTo("bearer");
    }
  }

  @Test
  void aDisconnectedDistrictsTokenIs401AndLeavesTheTokenList() {
    String token = clever.districtToken();
    assertThat(client.get("/v3.0/districts", token).status()).isEqualTo(200);
    Reply revoke = client.send("POST", "/admin/districts/default/token/revoke", "");
    assertThat(revoke.status()).isEqualTo(200);
    assertThat(revoke.json().get("token").isNull()).isTrue();
    Reply after = client.get("/v3.0/districts", token);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.body()).isEqualTo("{\"message\":\"invalid or revoked token\"}");
    Reply list =
        client.getBasic(
            "/oauth/tokens?owner_type=district", "clever-sim-client", "clever-sim-secret");
    assertThat(list.json().get("data")).isEmpty();
  }

  @Test
  void rotatingATokenRetiresTheOldOne() {
    String old = clever.districtToken();
    Reply rotate = client.send("POST", "/admin/districts/default/token/rotate", "");
    String fresh = rotate.json().get("token").asText();
    assertThat(fresh).isNotEqualTo(old).hasSize(40);
    assertThat(client.get("/v3.0/schools", old).status()).isEqualTo(401);
    assertThat(client.get("/v3.0/schools", fresh).status()).isEqualTo(200);
    Reply list =
        client.getBasic(
            "/oauth/tokens?owner_type=district", "clever-sim-client", "clever-sim-secret");
    assertThat(list.json().get("data").get(0).get("access_token").asText()).isEqualTo(fresh);
  }

  @Test
  void theSixthRequestInAMinuteIs429UntilTheWindowResets() {
    String token = clever.districtToken();
    long reset = START.getEpochSecond() + 60;
    for (int i = 1; i <= 5; i++) {
      Reply reply = client.get("/v3.0/schools", token);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-Ratelimit-Remaining")).isEqualTo(String.valueOf(5 - i));
      assertThat(reply.header("X-Ratelimit-Reset")).isEqualTo(String.valueOf(reset));
    }
    Reply limited = client.get("/v3.0/schools", token);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).isEqualTo("{\"message\":\"rate limit exceeded\"}");
    assertThat(limited.header("X-Ratelimit-Limit")).isEqualTo("5");
    assertThat(limited.header("X-Ratelimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-Ratelimit-Reset")).isEqualTo(String.valueOf(reset));
    clock.advance(Duration.ofSeconds(60));
    Reply next = client.get("/v3.0/schools", token);
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.header("X-Ratelimit-Remaining")).isEqualTo("4");
    assertThat(next.header("X-Ratelimit-Reset")).isEqualTo(String.valueOf(reset + 60));
  }

  @Test
  void eachTokenHasItsOwnBudget() {
    String token = clever.districtToken();
    for (int i = 0; i < 6; i++) {
      client.get("/v3.0/schools", token);
    }
    assertThat(client.get("/v3.0/schools", token).status()).isEqualTo(429);
    Reply other = client.get("/v3.0/schools", "someone-else");
    assertThat(other.status()).isEqualTo(401);
    assertThat(other.header("X-Ratelimit-Remaining")).isEqualTo("4");
  }
}
