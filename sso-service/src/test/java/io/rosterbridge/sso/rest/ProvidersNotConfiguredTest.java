package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.sso.BrowserTestProfile;
import io.rosterbridge.sso.support.SessionCookie;
import org.junit.jupiter.api.Test;

/** A deployment that has not configured Google or Microsoft says so instead of failing. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
class ProvidersNotConfiguredTest {

  @Test
  void googleAndMicrosoftAreNotAvailableUntilConfigured() {
    for (String provider : new String[] {"Google", "Microsoft"}) {
      Response page = given().redirects().follow(false).get("/login/" + provider.toLowerCase());

      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.headers().getValues("Set-Cookie")).hasSize(1);
      SessionCookie.assertCleared(page);
      assertThat(page.asString())
          .contains(
              ">Signing in with "
                  + provider
                  + " is not available here. Please use Log in with Clever.</p>")
          .contains("href=\"/login/clever\"");
    }
  }
}
