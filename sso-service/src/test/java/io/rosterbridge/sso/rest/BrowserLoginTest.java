package io.rosterbridge.sso.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.BrowserTestProfile;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.Chromium;
import io.rosterbridge.sso.support.SessionCookie;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Log in with Clever in a real headless Chromium, clicking through clever-sim's log-in page. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
class BrowserLoginTest {

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;

  @Test
  void aStudentClicksTheirNameAtCleverAndLandsSignedIn() throws Exception {
    TestAccounts accounts = new TestAccounts(clever, repository);
    String cleverId = accounts.cleverUser("student", null);
    AccountChanged account =
        accounts.publish(accounts.account(cleverId, AccountRoleType.STUDENT, AccountStatus.ACTIVE));
    settings.put(
        clever.districtId(), new LoginSettings(true, false, List.of(), false, null, false));

    try (Chromium.Browser browser = Chromium.start()) {
      ChromeDriver chromium = browser.driver();
      chromium.get(BrowserTestProfile.baseUrl() + "/login/clever");
      assertThat(chromium.getCurrentUrl()).startsWith(clever.baseUrl() + "/oauth/authorize?");
      userLink(chromium, cleverId).click();

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> chromium.getCurrentUrl().equals(BrowserTestProfile.baseUrl() + "/me"));
      assertThat(chromium.findElement(By.tagName("body")).getText())
          .contains("\"accountId\":\"" + account.accountId() + "\"")
          .contains("\"districtId\":\"" + clever.districtId() + "\"")
          .contains("\"roles\":[\"STUDENT\"]");
      Cookie session = chromium.manage().getCookieNamed(SessionCookie.NAME);
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.isSecure()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");
      assertThat(SessionCookie.claims(session.getValue()).getSubject())
          .isEqualTo(account.accountId());
    }
  }

  /** The user's link on clever-sim's log-in page, following "More users" until it shows. */
  private static WebElement userLink(ChromeDriver chromium, String cleverId) {
    By link = By.cssSelector("a.login-user[data-user-id='" + cleverId + "']");
    for (int page = 0; page < 100; page++) {
      List<WebElement> found = chromium.findElements(link);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      chromium.findElement(By.cssSelector("a.more")).click();
    }
    throw new AssertionError("clever-sim's log-in page never listed " + cleverId);
  }
}
