package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.Session;
import io.rosterbridge.sso.service.SessionTokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sign-in settings API: off by default, operators anywhere, district admins at home. */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class LoginSettingsResourceTest {

  @Inject SessionTokens tokens;

  @Test
  void aNewDistrictHasEverythingOff() {
    String district = district();

    LoginSettings read =
        given()
            .auth()
            .oauth2(operator())
            .get(path(district))
            .then()
            .statusCode(200)
            .extract()
            .as(LoginSettings.class);

    assertThat(read).usingRecursiveComparison().isEqualTo(LoginSettings.allOff());
  }

  @Test
  void districtAdminChangesTheirOwnDistrict() {
    String district = district();
    LoginSettings wanted =
        new LoginSettings(
            true,
            true,
            List.of(" District.Example.org ", "students.example.org"),
            true,
            "t-1",
            true);

    LoginSettings saved =
        given()
            .auth()
            .oauth2(user(district, "DISTRICT_ADMIN"))
            .contentType(ContentType.JSON)
            .body(wanted)
            .put(path(district))
            .then()
            .statusCode(200)
            .extract()
            .as(LoginSettings.class);

    LoginSettings expected =
        new LoginSettings(
            true, true, List.of("district.example.org", "students.example.org"), true, "t-1", true);
    assertThat(saved).usingRecursiveComparison().isEqualTo(expected);
    LoginSettings reread =
        given()
            .auth()
            .oauth2(operator())
            .get(path(district))
            .then()
            .extract()
            .as(LoginSettings.class);
    assertThat(reread).usingRecursiveComparison().isEqualTo(expected);
  }

  @Test
  void withoutATokenIs401AndAnotherDistrictIs403() {
    String district = district();
    LoginSettings on = new LoginSettings(true, false, List.of(), false, null, false);

    given().get(path(district)).then().statusCode(401);
    given().auth().oauth2("forged.token.value").get(path(district)).then().statusCode(401);
    given()
        .auth()
        .oauth2(user(district(), "DISTRICT_ADMIN"))
        .contentType(ContentType.JSON)
        .body(on)
        .put(path(district))
        .then()
        .statusCode(403);
    given().auth().oauth2(user(district, "TEACHER")).get(path(district)).then().statusCode(403);
    given().auth().oauth2(operator()).get(path(district)).then().statusCode(200);
  }

  @Test
  void aBadDomainIsRejected() {
    String district = district();
    LoginSettings bad = new LoginSettings(false, true, List.of("not a domain"), false, null, false);

    given()
        .auth()
        .oauth2(operator())
        .contentType(ContentType.JSON)
        .body(bad)
        .put(path(district))
        .then()
        .statusCode(400);
  }

  private String operator() {
    return tokens.sign(
        new Session(
            SsoTestProfile.OPERATOR,
            "ops",
            List.of(),
            List.of(),
            true,
            Instant.now().plusSeconds(300)));
  }

  private String user(String district, String role) {
    return tokens.sign(
        new Session(
            "acct-" + UUID.randomUUID(),
            district,
            List.of(role),
            List.of(),
            false,
            Instant.now().plusSeconds(300)));
  }

  private static String district() {
    return "district-" + UUID.randomUUID();
  }

  private static String path(String district) {
    return "/admin/districts/" + district + "/login-settings";
  }
}
