package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.service.Session;
import io.rosterbridge.sso.service.SessionTokens;
import io.rosterbridge.sso.support.SessionCookie;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published keys, expired sessions and a logout that other sites cannot trigger. */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class SessionResourceTest {

  @Inject SessionTokens tokens;

  @Test
  void tokensVerifyWithThePublishedKeys() throws Exception {
    String token = token(Instant.now().plusSeconds(60));

    assertThat(SessionCookie.claims(token).getSubject()).isEqualTo("acct-session");
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", org.hamcrest.Matchers.equalTo("RSA"))
        .body("keys[0].alg", org.hamcrest.Matchers.equalTo("RS256"))
        .body("keys[0].d", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void anExpiredSessionIsNoSession() {
    String token = token(Instant.now().minusSeconds(3600));

    given().cookie(SessionCookie.NAME, token).get("/me").then().statusCode(401);
  }

  @Test
  void logoutClearsTheCookieAndGoesToTheApplication() {
    Response logout =
        given()
            .redirects()
            .follow(false)
            .header("Origin", "https://app.example.test")
            .cookie(SessionCookie.NAME, token(Instant.now().plusSeconds(60)))
            .post("/logout");

    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(logout.header("Location")).isEqualTo(SsoTestProfile.APPLICATION_URL);
    assertThat(SessionCookie.header(logout)).contains("Max-Age=0", "HttpOnly", "Secure");
  }

  @Test
  void logoutFromAnotherSiteOrByGetIsRefused() {
    given()
        .redirects()
        .follow(false)
        .header("Origin", "https://evil.example.com")
        .post("/logout")
        .then()
        .statusCode(403);
    given()
        .redirects()
        .follow(false)
        .header("Sec-Fetch-Site", "cross-site")
        .post("/logout")
        .then()
        .statusCode(403);
    given().redirects().follow(false).get("/logout").then().statusCode(405);
  }

  @Test
  void tokensCarryTheRolesAsMicroProfileGroupsAndOperatorsInTheOperatorGroup() throws Exception {
    Instant expires = Instant.now().plusSeconds(60);
    String admin =
        tokens.sign(
            new Session(
                "acct-admin", "district-1", List.of("DISTRICT_ADMIN"), List.of(), false, expires));
    String operator =
        tokens.sign(new Session("acct-ops", null, List.of(), List.of(), true, expires));

    assertThat(SessionCookie.claims(admin).getStringListClaimValue("groups"))
        .containsExactly("DISTRICT_ADMIN");
    assertThat(SessionCookie.claims(operator).getStringListClaimValue("groups"))
        .containsExactly("operator");
  }

  private String token(Instant expires) {
    return tokens.sign(
        new Session("acct-session", "district-1", List.of("STUDENT"), List.of(), false, expires));
  }
}
