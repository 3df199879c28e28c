package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.NoCredentialsProfile;
import io.rosterbridge.rosterctl.support.StubServer;
import io.rosterbridge.rosterctl.support.StubServer.Request;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Without a token or a signing key, rosterctl names the service that needs one. */
@QuarkusTest
@TestProfile(NoCredentialsProfile.class)
class NoCredentialsTest {

  private static final String WHAT_TO_SET =
      ": set ROSTERCTL_TOKEN to an operator's bearer JWT, or ROSTERCTL_SIGNING_KEY to a PEM PKCS#8"
          + " RSA private key rosterctl signs a token with\n";

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
  }

  @Test
  void loginSettingsNamesTheSsoService() {
    stub.json(
        "GET",
        "/fetcher/districts",
        200,
        "[{\"districtId\":\"d-1\",\"connection\":\"CONNECTED\"}]");

    CtlResult result = Ctl.run(commandLines.get(), "login-settings", "--district", "d-1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("rosterctl: no credentials for the sso-service" + WHAT_TO_SET);
    assertThat(stub.requests()).extracting(Request::path).containsExactly("/fetcher/districts");
  }

  @Test
  void writerCommandsNameTheRosterWriter() {
    CtlResult result = Ctl.run(commandLines.get(), "report", "--run", "r1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("rosterctl: no credentials for the roster-writer" + WHAT_TO_SET);
    assertThat(stub.requests()).isEmpty();
  }
}
