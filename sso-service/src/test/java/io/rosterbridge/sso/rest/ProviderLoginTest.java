package io.rosterbridge.sso.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.entity.LoginAccount;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.ProviderLoginDriver;
import io.rosterbridge.sso.support.SessionCookie;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google and Microsoft sign-in against a standard OpenID provider (mock-oauth2-server): by the
 * username key, only where the district allows the provider, never creating an account.
 */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class ProviderLoginTest {

  private static final String NOT_FOUND =
      "We could not find your account. Your district may not have shared it with us yet;"
          + " please try again later.";

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;
  private TestAccounts accounts;

  @BeforeEach
  void testData() {
    accounts = new TestAccounts(clever, repository);
    clever.faults().clear();
  }

  @Test
  void googleLoginReachesTheCleverLinkedAccountAndCleverLoginStillWorks() throws Exception {
    String cleverId = accounts.cleverUser("teacher", null);
    AccountChanged account =
        accounts.publish(
            accounts.account(
                clever.districtId(),
                cleverId,
                "lkim@district.example.org",
                AccountRoleType.TEACHER,
                AccountStatus.ACTIVE));
    settings.put(
        clever.districtId(),
        new LoginSettings(true, true, List.of("district.example.org"), false, null, false));
    ProviderLoginDriver browser = new ProviderLoginDriver();

    Response google =
        browser.signIn(
            "/login/google",
            "google-" + UUID.randomUUID(),
            google("lkim@district.example.org", "district.example.org"));

    assertSignedIn(google, account);
    assertThat(SessionCookie.header(google))
        .contains("Path=/", "HttpOnly", "Secure", "SameSite=Lax", "Max-Age=900");
    assertThat(browser.cookieNames()).containsExactly(SessionCookie.NAME);
    LoginAccount indexed = accounts.indexed(account.accountId());
    assertThat(indexed.cleverUserId).isEqualTo(cleverId);
    assertThat(indexed.version).isEqualTo(1);
    assertSignedIn(new LoginDriver().signIn(cleverId), account);
  }

  @Test
  void microsoftLoginNameIsComparedByItsKey() throws Exception {
    String district = district();
    String tenant = UUID.randomUUID().toString();
    settings.put(district, new LoginSettings(false, false, List.of(), true, tenant, false));
    AccountChanged account =
        accounts.publish(
            accounts.account(
                district,
                cleverUserId(),
                "jdoe@district.example.org",
                AccountRoleType.STUDENT,
                AccountStatus.ACTIVE));

    Response microsoft =
        new ProviderLoginDriver()
            .signIn(
                "/login/microsoft",
                "ms-" + UUID.randomUUID(),
                Map.of("tid", tenant, "preferred_username", "JDOE@District.example.org"));

    assertSignedIn(microsoft, account);
    assertThat(SessionCookie.claims(SessionCookie.token(microsoft)).getStringClaimValue("district"))
        .isEqualTo(district);
  }

  @Test
  void googleLoginFromADomainTheDistrictDidNotAllowIsRefused() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    publish(district, "amy@" + domain);

    assertRefused(
        "/login/google",
        google("amy@elsewhere.example.com", "elsewhere.example.com"),
        403,
        "Your district does not sign in with this Google account. Please use your school account.");
  }

  @Test
  void googleAccountOutsideTheDistrictsWorkspaceIsRefused() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    publish(district, "ben@" + domain);

    // A personal Google account registered with the school address carries no hd claim.
    assertRefused(
        "/login/google",
        Map.of("email", "ben@" + domain, "email_verified", true),
        403,
        "Your district does not sign in with this Google account. Please use your school account.");
  }

  @Test
  void providersTheDistrictSwitchedOffAreRefused() {
    String domain = domain();
    String tenant = UUID.randomUUID().toString();
    String district = district();
    settings.put(district, new LoginSettings(true, false, List.of(domain), false, tenant, false));
    publish(district, "cara@" + domain);

    assertRefused(
        "/login/google",
        google("cara@" + domain, domain),
        403,
        "Signing in with Google is not switched on for your district.");
    assertRefused(
        "/login/microsoft",
        Map.of("tid", tenant, "preferred_username", "cara@" + domain),
        403,
        "Signing in with Microsoft is not switched on for your district.");
  }

  @Test
  void unknownUsernameIsRefusedAndNothingIsCreated() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    publish(district, "dan@" + domain);
    long before = accountsIn(district);

    assertRefused("/login/google", google("nobody@" + domain, domain), 403, NOT_FOUND);
    assertThat(accountsIn(district)).isEqualTo(before).isEqualTo(1);
  }

  @Test
  void districtComparingLocalPartsMatchesAUsernameWithoutDomain() throws Exception {
    String domain = domain();
    String district = googleDistrict(domain, true, true);
    AccountChanged account = publish(district, "rpatel");

    Response google =
        new ProviderLoginDriver()
            .signIn(
                "/login/google", "google-" + UUID.randomUUID(), google("RPatel@" + domain, domain));

    assertSignedIn(google, account);
  }

  @Test
  void twoAccountsWithTheSameLocalPartAreNeverGuessedBetween() {
    String domain = domain();
    String district = googleDistrict(domain, true, true);
    publish(district, "sam");
    publish(district, "sam@" + domain);

    assertRefused(
        "/login/google",
        google("sam@" + domain, domain),
        403,
        "More than one account matches your Google sign-in. Please use Log in with Clever, or"
            + " contact your school.");
  }

  @Test
  void aRefusedSignInEndsThePreviousPersonsSession() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    publish(district, "gil@" + domain);
    ProviderLoginDriver browser = new ProviderLoginDriver();
    Response first =
        browser.signIn(
            "/login/google", "gil-" + UUID.randomUUID(), google("gil@" + domain, domain));
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(browser.cookieNames()).containsExactly(SessionCookie.NAME);

    Response next =
        browser.signIn(
            "/login/google", "hal-" + UUID.randomUUID(), google("hal@" + domain, domain));

    assertPage(next, 403, NOT_FOUND);
    assertThat(browser.cookieNames()).isEmpty();
  }

  @Test
  void softDeletedAccountIsRefused() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    accounts.publish(
        accounts.account(
            district,
            cleverUserId(),
            "eve@" + domain,
            AccountRoleType.STUDENT,
            AccountStatus.DELETED));

    assertRefused(
        "/login/google",
        google("eve@" + domain, domain),
        403,
        "Your account has been deactivated. Please contact your school.");
  }

  @Test
  void aCancelledSignInAtTheProviderEndsOnAClearPage() {
    ProviderLoginDriver browser = new ProviderLoginDriver();
    String state = LoginDriver.query(URI.create(browser.start("/login/google"))).get("state");

    assertPage(
        browser.get("/login/google?error=access_denied&state=" + state),
        400,
        "Google could not confirm who you are. Please start signing in again.");
    assertThat(browser.cookieNames()).isEmpty();
  }

  @Test
  void aForgedAnswerIsNeverASessionButAFreshStartAtTheProvider() {
    ProviderLoginDriver browser = new ProviderLoginDriver();
    URI authorize = URI.create(browser.start("/login/google"));

    Response forged = browser.get("/login/google?code=made-up&state=forged");

    assertThat(forged.statusCode()).isEqualTo(302);
    URI restart = URI.create(forged.header("Location"));
    assertThat(restart.getPath()).isEqualTo(authorize.getPath());
    assertThat(LoginDriver.query(restart).get("state"))
        .isNotEqualTo("forged")
        .isNotEqualTo(LoginDriver.query(authorize).get("state"));
    assertThat(forged.cookie(SessionCookie.NAME)).isNull();
    assertThat(browser.cookieNames()).noneMatch(name -> name.startsWith("q_session"));
  }

  @Test
  void aGoogleAnswerCarriedToAnotherBrowserSignsNobodyIn() {
    String domain = domain();
    String district = googleDistrict(domain, true, false);
    publish(district, "fay@" + domain);
    String answer =
        new ProviderLoginDriver()
            .signInAtProvider(
                "/login/google", "user-" + UUID.randomUUID(), google("fay@" + domain, domain));
    ProviderLoginDriver victim = new ProviderLoginDriver();

    Response delivered = victim.answer("/login/google", answer);

    // quarkus-oidc finds no state cookie of its own in this browser and starts afresh.
    assertThat(delivered.statusCode()).isEqualTo(302);
    assertThat(URI.create(delivered.header("Location")).getPath())
        .isEqualTo(URI.create(new ProviderLoginDriver().start("/login/google")).getPath());
    assertThat(delivered.cookie(SessionCookie.NAME)).isNull();
    assertThat(victim.cookieNames()).doesNotContain(SessionCookie.NAME);
  }

  private static Map<String, Object> google(String email, String hostedDomain) {
    return Map.of("email", email, "email_verified", true, "hd", hostedDomain);
  }

  private String googleDistrict(String domain, boolean enabled, boolean localPart) {
    String district = district();
    settings.put(
        district, new LoginSettings(false, enabled, List.of(domain), false, null, localPart));
    return district;
  }

  private AccountChanged publish(String district, String username) {
    return accounts.publish(
        accounts.account(
            district, cleverUserId(), username, AccountRoleType.TEACHER, AccountStatus.ACTIVE));
  }

  private long accountsIn(String district) {
    return QuarkusTransaction.requiringNew().call(() -> repository.count("districtId", district));
  }

  private static void assertSignedIn(Response response, AccountChanged account) throws Exception {
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.header("Location")).isEqualTo(SsoTestProfile.APPLICATION_URL);
    JwtClaims claims = SessionCookie.claims(SessionCookie.token(response));
    assertThat(claims.getSubject()).isEqualTo(account.accountId());
    assertThat(claims.getStringClaimValue("district")).isEqualTo(account.districtId());
  }

  private static void assertRefused(
      String path, Map<String, Object> claims, int status, String sentence) {
    ProviderLoginDriver browser = new ProviderLoginDriver();
    Response response = browser.signIn(path, "user-" + UUID.randomUUID(), claims);

    assertPage(response, status, sentence);
    assertThat(browser.cookieNames()).isEmpty();
  }

  private static void assertPage(Response response, int status, String sentence) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.asString()).contains(">" + sentence + "</p>");
    SessionCookie.assertCleared(response);
  }

  private static String district() {
    return "district-" + UUID.randomUUID();
  }

  private static String domain() {
    return "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
  }

  private static String cleverUserId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }
}
