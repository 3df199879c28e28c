package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.sso.support.RefusalPage.assertPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.repository.LoginStateRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.SessionCookie;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Clever sign-in that must end on a clear page with the right status, never a 500. */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class CleverLoginRefusalTest {

  private static final String INVALID_STATE =
      "This sign-in link is not valid or was already used. Please start signing in again.";

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;
  @Inject LoginStateRepository states;
  private final LoginDriver browser = new LoginDriver();
  private TestAccounts accounts;

  @BeforeEach
  void cleverLoginOn() {
    accounts = new TestAccounts(clever, repository);
    clever.faults().clear();
    cleverLogin(true);
  }

  @Test
  void cleverLoginSwitchedOffForTheDistrict() {
    String cleverId = rosteredTeacher();
    URI cleverRedirect = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    cleverLogin(false);
    String sentence = "Log in with Clever is not switched on for your district yet.";

    assertPage(browser.start(clever.districtId()), 403, sentence);
    assertPage(browser.callback(cleverRedirect), 403, sentence);
  }

  @Test
  void accountNotRosteredYet() {
    String cleverId = accounts.cleverUser("teacher", "new.teacher@district.example.org");

    assertPage(
        browser.signIn(cleverId),
        403,
        "We could not find your account. Your district may not have shared it with us yet;"
            + " please try again later.");
  }

  @Test
  void aRefusedSignInEndsThePreviousPersonsSession() {
    assertThat(browser.signIn(rosteredTeacher()).statusCode()).isEqualTo(302);
    assertThat(browser.cookies().names()).containsExactly(SessionCookie.NAME);

    assertPage(
        browser.signIn(accounts.cleverUser("student", null)),
        403,
        "We could not find your account. Your district may not have shared it with us yet;"
            + " please try again later.");
    assertThat(browser.cookies().names()).doesNotContain(SessionCookie.NAME);
  }

  @Test
  void softDeletedAccountIsRefused() {
    String cleverId = accounts.cleverUser("student", null);
    accounts.publish(accounts.account(cleverId, AccountRoleType.STUDENT, AccountStatus.DELETED));

    assertPage(
        browser.signIn(cleverId),
        403,
        "Your account has been deactivated. Please contact your school.");
  }

  @Test
  void guardiansAndAccountsWithoutRolesAreNotSupported() {
    String guardian = accounts.cleverUser("contact", "parent@example.com");
    accounts.publish(accounts.account(guardian, null, AccountStatus.ACTIVE));
    String roleless = accounts.cleverUser("staff", null);
    accounts.publish(accounts.account(roleless, null, AccountStatus.ACTIVE));
    String sentence =
        "Your Clever role cannot sign in here; only students, teachers, staff and administrators"
            + " can.";

    assertPage(browser.signIn(guardian), 403, sentence);
    assertPage(browser.signIn(roleless), 403, sentence);
  }

  @Test
  void stateIsSingleUse() {
    String cleverId = rosteredTeacher();
    URI cleverRedirect = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    String binding = browser.cookies().value(SignInCookies.NAME);

    assertThat(browser.callback(cleverRedirect).statusCode()).isEqualTo(302);
    // Replayed with the sign-in's cookie, as a browser restoring an earlier page would.
    assertPage(
        given()
            .redirects()
            .follow(false)
            .cookie(SignInCookies.NAME, binding)
            .queryParams(LoginDriver.query(cleverRedirect))
            .get("/login/clever/callback"),
        400,
        INVALID_STATE);
  }

  @Test
  void missingOrForgedStateIsRefused() {
    String cleverId = rosteredTeacher();
    URI cleverRedirect = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    String code = LoginDriver.query(cleverRedirect).get("code");

    assertPage(callback(Map.of("code", code, "state", "forged-state")), 400, INVALID_STATE);
    assertPage(callback(Map.of()), 400, INVALID_STATE);
    assertPage(
        callback(Map.of("error", "access_denied")),
        400,
        "Clever could not confirm who you are. Please start signing in again.");
  }

  @Test
  void expiredStateIsRefused() {
    String cleverId = rosteredTeacher();
    URI cleverRedirect = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    String state = LoginDriver.query(cleverRedirect).get("state");
    QuarkusTransaction.requiringNew()
        .run(() -> states.findById(state).expiresAt = Instant.now().minusSeconds(1));

    assertPage(browser.callback(cleverRedirect), 400, INVALID_STATE);
    assertThat(QuarkusTransaction.requiringNew().call(() -> states.findById(state))).isNull();
  }

  @Test
  void replayedCodeIsRefused() {
    String cleverId = rosteredTeacher();
    URI first = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    assertThat(browser.callback(first).statusCode()).isEqualTo(302);
    String freshState =
        LoginDriver.query(URI.create(browser.start(null).header("Location"))).get("state");

    assertPage(
        browser.callback(
            URI.create(
                "https://clever.test/cb?code="
                    + LoginDriver.query(first).get("code")
                    + "&state="
                    + freshState)),
        400,
        "This sign-in has expired or was already used. Please start signing in again.");
  }

  @Test
  void cleverUnreachable() {
    String cleverId = rosteredTeacher();
    URI cleverRedirect = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    clever
        .faults()
        .add(FaultSpec.times(1, "/oauth/tokens", FaultType.SERVER_ERROR).withStatus(503));

    assertPage(
        browser.callback(cleverRedirect),
        503,
        "Clever cannot be reached right now. Please try again in a few minutes.");
  }

  private String rosteredTeacher() {
    String cleverId = accounts.cleverUser("teacher", null);
    accounts.publish(accounts.account(cleverId, AccountRoleType.TEACHER, AccountStatus.ACTIVE));
    return cleverId;
  }

  private void cleverLogin(boolean on) {
    settings.put(clever.districtId(), new LoginSettings(on, false, List.of(), false, null, false));
  }

  private static Response callback(Map<String, String> params) {
    return given().redirects().follow(false).queryParams(params).get("/login/clever/callback");
  }
}
