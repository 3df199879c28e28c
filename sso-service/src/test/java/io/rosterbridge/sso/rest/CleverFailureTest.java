package io.rosterbridge.sso.rest;

import static io.rosterbridge.sso.support.RefusalPage.assertPage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.client.CleverOAuthClient;
import io.rosterbridge.sso.client.IdTokenVerifier;
import io.rosterbridge.sso.config.CleverConfig;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.CleverClients;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clever answers that cannot sign anyone in: an id_token for another attempt, an expired code, a
 * Clever that refuses connections or whose signing keys cannot be read.
 */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class CleverFailureTest {

  private static final String UNREACHABLE =
      "Clever cannot be reached right now. Please try again in a few minutes.";

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;
  @Inject CleverConfig config;
  @Inject CleverOAuthClient oauth;
  @Inject ObjectMapper json;
  private final LoginDriver browser = new LoginDriver();
  private TestAccounts accounts;

  @BeforeEach
  void cleverLoginOn() {
    accounts = new TestAccounts(clever, repository);
    clever.faults().clear();
    settings.put(
        clever.districtId(), new LoginSettings(true, false, List.of(), false, null, false));
  }

  @Test
  void anIdTokenWithAnotherAttemptsNonceIsRefused() {
    String cleverId = rosteredTeacher();
    String authorize = browser.start(null).header("Location");
    String nonce = LoginDriver.query(URI.create(authorize)).get("nonce");
    URI answer =
        LoginDriver.authorizeAs(
            authorize.replace("nonce=" + nonce, "nonce=another-attempts-nonce"), cleverId);

    assertPage(
        browser.callback(answer),
        400,
        "Clever could not confirm who you are. Please start signing in again.");
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    String cleverId = rosteredTeacher();
    URI answer = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    // clever-sim's codes live 60 s, as Clever's do, and the test resource cannot shorten that.
    Thread.sleep(Duration.ofSeconds(62).toMillis());

    assertPage(
        browser.callback(answer),
        400,
        "This sign-in has expired or was already used. Please start signing in again.");
  }

  @Test
  void cleverRefusingConnectionsIsTheUnreachablePage() throws Exception {
    String cleverId = rosteredTeacher();
    URI answer = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    QuarkusMock.installMockForType(
        CleverClients.at("http://127.0.0.1:" + closedPort(), config, json),
        CleverOAuthClient.class);

    assertPage(browser.callback(answer), 503, UNREACHABLE);
  }

  @Test
  void unreadableSigningKeysAreTheUnreachablePage() {
    String cleverId = rosteredTeacher();
    URI answer = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    // A verifier that has not read Clever's keys yet, as after a start.
    QuarkusMock.installMockForType(new IdTokenVerifier(config, oauth), IdTokenVerifier.class);
    clever.faults().add(FaultSpec.times(1, "/oauth/certs", FaultType.SERVER_ERROR).withStatus(503));

    assertPage(browser.callback(answer), 503, UNREACHABLE);
  }

  private String rosteredTeacher() {
    String cleverId = accounts.cleverUser("teacher", null);
    accounts.publish(accounts.account(cleverId, AccountRoleType.TEACHER, AccountStatus.ACTIVE));
    return cleverId;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
