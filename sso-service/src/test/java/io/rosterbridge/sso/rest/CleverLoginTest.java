package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.LogCapture;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.SessionCookie;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clever sign-ins that succeed: started here, started at Clever, students without e-mail. */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class CleverLoginTest {

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;
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
  void spStartedLoginLandsOnTheLinkedAccount() throws Exception {
    String cleverId = accounts.cleverUser("teacher", "t.one@district.example.org");
    AccountChanged account =
        accounts.publish(accounts.account(cleverId, AccountRoleType.TEACHER, AccountStatus.ACTIVE));

    Response start = browser.start(null);
    assertThat(start.statusCode()).isEqualTo(302);
    URI authorize = URI.create(start.header("Location"));
    Map<String, String> query = LoginDriver.query(authorize);
    assertThat(authorize.toString()).startsWith(clever.baseUrl() + "/oauth/authorize?");
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", "sso-test-client")
        .containsEntry("redirect_uri", SsoTestProfile.REDIRECT_URI)
        .containsKeys("state", "nonce")
        .doesNotContainKey("district_id");
    assertThat(query.get("state")).hasSizeGreaterThan(30).isNotEqualTo(query.get("nonce"));
    assertThat(signInCookie(start))
        .contains("Path=/login/clever", "HttpOnly", "Secure", "SameSite=Lax", "Max-Age=600")
        .doesNotContain(query.get("state"));

    Response callback = browser.callback(LoginDriver.authorizeAs(authorize.toString(), cleverId));

    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(callback.header("Location")).isEqualTo(SsoTestProfile.APPLICATION_URL);
    assertThat(SessionCookie.header(callback))
        .contains("Path=/", "HttpOnly", "Secure", "SameSite=Lax", "Max-Age=900");
    assertThat(signInCookie(callback)).contains("Path=/login/clever", "Max-Age=0");
    assertThat(browser.cookies().names()).containsExactly(SessionCookie.NAME);
    String token = SessionCookie.token(callback);
    JwtClaims claims = SessionCookie.claims(token);
    assertThat(claims.getSubject()).isEqualTo(account.accountId());
    assertThat(claims.getStringClaimValue("district")).isEqualTo(clever.districtId());
    assertThat(claims.getStringListClaimValue("roles")).containsExactly("TEACHER");
    assertThat(claims.getStringListClaimValue("schools")).containsExactly("school-1");
    assertThat(claims.getClaimValue("operator")).isNull();
    assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
        .isEqualTo(900);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(token);
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
    assertThat(jws.getKeyIdHeaderValue()).isNotBlank();

    given()
        .cookie(SessionCookie.NAME, token)
        .get("/me")
        .then()
        .statusCode(200)
        .body("accountId", equalTo(account.accountId()))
        .body("districtId", equalTo(clever.districtId()))
        .body("roles", contains("TEACHER"));
  }

  @Test
  void startForADistrictSkipsCleversDistrictPicker() {
    Response start = browser.start(clever.districtId());

    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(LoginDriver.query(URI.create(start.header("Location"))))
        .containsEntry("district_id", clever.districtId());
  }

  @Test
  void portalLaunchWithoutStateWorksInAFreshBrowser() throws Exception {
    String cleverId = accounts.cleverUser("student", "s.portal@district.example.org");
    AccountChanged account =
        accounts.publish(accounts.account(cleverId, AccountRoleType.STUDENT, AccountStatus.ACTIVE));
    Response portal =
        given()
            .redirects()
            .follow(false)
            .queryParam("client_id", "sso-test-client")
            .queryParam("district_id", clever.districtId())
            .queryParam("login_as", cleverId)
            .get(clever.baseUrl() + "/oauth/instant-login");
    URI launch = URI.create(portal.header("Location"));
    assertThat(LoginDriver.query(launch)).containsKey("code").doesNotContainKey("state");

    Response bounce = browser.callback(launch);

    assertThat(bounce.statusCode()).isEqualTo(302);
    assertThat(bounce.header("Location")).startsWith(clever.baseUrl() + "/oauth/authorize?");
    assertThat(LoginDriver.query(URI.create(bounce.header("Location"))))
        .containsKeys("state", "nonce")
        .doesNotContainKey("code");
    assertThat(signInCookie(bounce)).contains("Path=/login/clever", "HttpOnly", "SameSite=Lax");
    Response callback =
        browser.callback(LoginDriver.authorizeAs(bounce.header("Location"), cleverId));
    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(callback.header("Location")).isEqualTo(SsoTestProfile.APPLICATION_URL);
    assertThat(SessionCookie.claims(SessionCookie.token(callback)).getSubject())
        .isEqualTo(account.accountId());
  }

  @Test
  void cleversAnswerCarriedToAnotherBrowserSignsNobodyIn() throws Exception {
    String attacker = accounts.cleverUser("teacher", null);
    AccountChanged attackers =
        accounts.publish(accounts.account(attacker, AccountRoleType.TEACHER, AccountStatus.ACTIVE));
    URI answer = LoginDriver.authorizeAs(browser.start(null).header("Location"), attacker);
    LoginDriver victim = new LoginDriver();
    LoginDriver victimSigningInToo = new LoginDriver();
    victimSigningInToo.start(null);

    for (LoginDriver other : List.of(victim, victimSigningInToo)) {
      Response callback = other.callback(answer);

      assertThat(callback.statusCode()).isEqualTo(400);
      assertThat(callback.asString())
          .contains(
              ">This sign-in link is not valid or was already used. Please start signing in"
                  + " again.</p>");
      assertThat(other.cookies().names()).doesNotContain(SessionCookie.NAME);
    }
    // The answer still belongs to the browser that started the sign-in.
    Response own = browser.callback(answer);
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(SessionCookie.claims(SessionCookie.token(own)).getSubject())
        .isEqualTo(attackers.accountId());
  }

  @Test
  void studentWithoutEmailSignsIn() throws Exception {
    String cleverId = accounts.cleverUser("student", null);
    AccountChanged account =
        accounts.publish(accounts.account(cleverId, AccountRoleType.STUDENT, AccountStatus.ACTIVE));

    Response callback = browser.signIn(cleverId);

    assertThat(callback.statusCode()).isEqualTo(302);
    JwtClaims claims = SessionCookie.claims(SessionCookie.token(callback));
    assertThat(claims.getSubject()).isEqualTo(account.accountId());
    assertThat(claims.getStringListClaimValue("roles")).containsExactly("STUDENT");
  }

  @Test
  void noCodeTokenOrSecretIsLogged() {
    String cleverId = accounts.cleverUser("teacher", null);
    accounts.publish(accounts.account(cleverId, AccountRoleType.TEACHER, AccountStatus.ACTIVE));
    URI first = LoginDriver.authorizeAs(browser.start(null).header("Location"), cleverId);
    String code = LoginDriver.query(first).get("code");

    try (LogCapture logs = LogCapture.start()) {
      String token = SessionCookie.token(browser.callback(first));
      String state =
          LoginDriver.query(URI.create(browser.start(null).header("Location"))).get("state");
      browser.callback(URI.create("https://x.test/cb?code=" + code + "&state=" + state));

      assertThat(token).isNotBlank();
      assertThat(logs.lines())
          .isNotEmpty()
          .noneMatch(line -> line.contains(code))
          .noneMatch(line -> line.contains(token))
          .noneMatch(line -> line.contains("sso-test-secret"));
    }
  }

  @Test
  void meWithoutASessionIsUnauthorized() {
    given().get("/me").then().statusCode(401);
    given().cookie(SessionCookie.NAME, "not-a-token").get("/me").then().statusCode(401);
  }

  private static String signInCookie(Response response) {
    return response.headers().getValues("Set-Cookie").stream()
        .filter(h -> h.startsWith(SignInCookies.NAME + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sign-in cookie in " + response.headers()));
  }
}
