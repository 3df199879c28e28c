package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.MintedTokenProfile;
import io.rosterbridge.rosterctl.support.StubServer;
import io.rosterbridge.rosterctl.support.TestSigningKey;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** With ROSTERCTL_SIGNING_KEY, rosterctl signs its own short-lived RS256 operator token. */
@QuarkusTest
@TestProfile(MintedTokenProfile.class)
class MintedTokenTest {

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
  }

  @Test
  void theTokenIsAnOperatorsSignedForTheRequester() throws Exception {
    stub.json("GET", "/writer/districts/d-a/runs", 200, "[]");
    long before = Instant.now().getEpochSecond();

    CtlResult result = Ctl.run(commandLines.get(), "runs", "--district", "d-a", "--as", "ana");

    assertThat(result.exitCode()).isZero();
    String token = bearer();
    String[] parts = token.split("\\.");
    assertThat(parts).hasSize(3);
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(TestSigningKey.publicKey());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    JsonNode header = json(parts[0]);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isEqualTo(MintedTokenProfile.KID);
    JsonNode claims = json(parts[1]);
    assertThat(claims.get("iss").asText()).isEqualTo(MintedTokenProfile.ISSUER);
    assertThat(claims.get("sub").asText()).isEqualTo("ana");
    assertThat(claims.get("groups")).containsExactly(EventJson.mapper().valueToTree("operator"));
    assertThat(claims.get("iat").asLong()).isBetween(before - 1, Instant.now().getEpochSecond());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(120);
  }

  @Test
  void aRefusedMintedTokenSaysWhatTheServiceMustVerifyWith() {
    stub.json("GET", "/writer/districts/d-a/runs", 401, "");

    CtlResult result = Ctl.run(commandLines.get(), "runs", "--district", "d-a");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: the roster-writer refused the token minted with ROSTERCTL_SIGNING_KEY"
                + " (401): the roster-writer must verify with its public key"
                + " (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and issuer rosterbridge-ops-test"
                + " (MP_JWT_VERIFY_ISSUER; rosterctl's is ROSTERCTL_TOKEN_ISSUER)\n");
  }

  @Test
  void aMintedTokenSsoServiceRefusesSaysWhichKeyAndIssuerItMustSignWith() {
    stub.json(
        "GET",
        "/fetcher/districts",
        200,
        "[{\"districtId\":\"d-a\",\"connection\":\"CONNECTED\"}]");
    stub.json("GET", "/sso/admin/districts/d-a/login-settings", 401, "");

    CtlResult result = Ctl.run(commandLines.get(), "login-settings", "--district", "d-a");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: the sso-service refused the token minted with ROSTERCTL_SIGNING_KEY"
                + " (401): sso-service must sign its sessions with that key"
                + " (SSO_SESSION_SIGNING_KEY_FILE) and issuer rosterbridge-ops-test"
                + " (SSO_SESSION_ISSUER; rosterctl's is ROSTERCTL_TOKEN_ISSUER)\n");
  }

  private String bearer() {
    String authorization = stub.requests().get(0).header("Authorization");
    assertThat(authorization).startsWith("Bearer ");
    return authorization.substring("Bearer ".length());
  }

  private static JsonNode json(String part) throws Exception {
    return EventJson.mapper().readTree(Base64.getUrlDecoder().decode(part));
  }
}
