package io.rosterbridge.sso.rest;

import static io.rosterbridge.sso.support.RefusalPage.assertPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.client.CleverOAuthClient;
import io.rosterbridge.sso.config.CleverConfig;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.CleverClients;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.SessionCookie;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Log in with Clever for an application without OIDC: Clever's token answer has no id_token, so the
 * user is identified by {@code /v3.0/me} and their own {@code /v3.0/users/<id>}. clever-sim always
 * sends an id_token, so the service's client drops it here.
 */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class CleverMeLoginTest {

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;
  @Inject CleverConfig config;
  @Inject ObjectMapper json;
  private final LoginDriver browser = new LoginDriver();
  private TestAccounts accounts;

  @BeforeEach
  void withoutIdTokens() {
    accounts = new TestAccounts(clever, repository);
    clever.faults().clear();
    settings.put(
        clever.districtId(), new LoginSettings(true, false, List.of(), false, null, false));
    QuarkusMock.installMockForType(
        CleverClients.withoutIdToken(config, json), CleverOAuthClient.class);
  }

  @Test
  void aTeacherIdentifiedByMeSignsIn() throws Exception {
    String cleverId = accounts.cleverUser("teacher", null);
    AccountChanged account =
        accounts.publish(accounts.account(cleverId, AccountRoleType.TEACHER, AccountStatus.ACTIVE));

    Response callback = browser.signIn(cleverId);

    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(callback.header("Location")).isEqualTo(SsoTestProfile.APPLICATION_URL);
    JwtClaims claims = SessionCookie.claims(SessionCookie.token(callback));
    assertThat(claims.getSubject()).isEqualTo(account.accountId());
    assertThat(claims.getStringClaimValue("district")).isEqualTo(clever.districtId());
    assertThat(claims.getStringListClaimValue("roles")).containsExactly("TEACHER");
  }

  @Test
  void aGuardianIdentifiedByMeIsARoleNotSupported() {
    String guardian = accounts.cleverUser("contact", "parent.me@example.com");

    assertPage(
        browser.signIn(guardian),
        403,
        "Your Clever role cannot sign in here; only students, teachers, staff and administrators"
            + " can.");
  }
}
