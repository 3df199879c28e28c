package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.Session;
import io.rosterbridge.sso.service.SessionTokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  void operatorSetsDomainsAndTenantAndDistrictAdminSwitchesProviders() {
    String district = district();
    String domain = domain();
    String tenant = UUID.randomUUID().toString();
    put(
        operator(),
        district,
        new LoginSettings(
            false,
            false,
            List.of(" " + domain.toUpperCase(Locale.ROOT) + " ", "s." + domain),
            false,
            tenant,
            false),
        200);
    LoginSettings switched =
        new LoginSettings(
            true,
            true,
            List.of("s." + domain, domain),
            true,
            tenant.toUpperCase(Locale.ROOT),
            true);

    LoginSettings saved =
        given()
            .auth()
            .oauth2(user(district, "DISTRICT_ADMIN"))
            .contentType(ContentType.JSON)
            .body(switched)
            .put(path(district))
            .then()
            .statusCode(200)
            .extract()
            .as(LoginSettings.class);

    LoginSettings expected =
        new LoginSettings(true, true, List.of("s." + domain, domain), true, tenant, true);
    assertThat(saved).usingRecursiveComparison().isEqualTo(expected);
    assertThat(read(district)).usingRecursiveComparison().isEqualTo(expected);
  }

  @Test
  void aDistrictAdminCannotChangeDomainsOrTenant() {
    String district = district();
    String domain = domain();
    String tenant = UUID.randomUUID().toString();
    LoginSettings set = new LoginSettings(true, true, List.of(domain), true, tenant, false);
    put(operator(), district, set, 200);
    String admin = user(district, "DISTRICT_ADMIN");
    String message = "only an operator can change a district's Google domains or Microsoft tenant";

    for (LoginSettings change :
        List.of(
            new LoginSettings(true, true, List.of(domain, domain()), true, tenant, false),
            new LoginSettings(true, true, List.of(domain()), true, tenant, false),
            new LoginSettings(true, true, List.of(), true, tenant, false),
            new LoginSettings(
                true, true, List.of(domain), true, UUID.randomUUID().toString(), false),
            new LoginSettings(true, true, List.of(domain), true, null, false))) {
      assertThat(put(admin, district, change, 403)).isEqualTo(Map.of("error", message));
    }
    assertThat(read(district)).usingRecursiveComparison().isEqualTo(set);
  }

  @Test
  void aDomainOrTenantAnotherDistrictUsesIsRefused() {
    String first = district();
    String second = district();
    String domain = domain();
    String tenant = UUID.randomUUID().toString();
    LoginSettings firsts = new LoginSettings(false, true, List.of(domain), true, tenant, false);
    put(operator(), first, firsts, 200);

    assertThat(
            put(
                operator(),
                second,
                new LoginSettings(false, true, List.of(domain(), domain), false, null, false),
                409))
        .isEqualTo(
            Map.of(
                "error", "the Google domain " + domain + " is already used by another district"));
    assertThat(
            put(
                operator(),
                second,
                new LoginSettings(
                    false, false, List.of(), true, tenant.toUpperCase(Locale.ROOT), false),
                409))
        .isEqualTo(
            Map.of(
                "error",
                "the Microsoft tenant " + tenant + " is already used by another district"));
    assertThat(read(second)).usingRecursiveComparison().isEqualTo(LoginSettings.allOff());
    // The district that has them keeps changing its own settings.
    LoginSettings again = new LoginSettings(true, true, List.of(domain), true, tenant, true);
    put(operator(), first, again, 200);
    assertThat(read(first)).usingRecursiveComparison().isEqualTo(again);
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

  @Test
  void malformedOrOverlongSettingsAreA400WithTheReason() {
    String district = district();
    String longDomain =
        String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(63)) + ".org";
    List<String> manyDomains =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> "school" + i + "." + domain())
            .toList();

    assertThat(putJson(district, "{\"googleDomains\": [null]}"))
        .isEqualTo(Map.of("error", "a Google domain cannot be null"));
    assertThat(putJson(district, "{\"googleDomains\": [\"" + "a".repeat(64) + ".org\"]}"))
        .isEqualTo(Map.of("error", "not a domain name: " + "a".repeat(64) + ".org"));
    assertThat(put(operator(), district, domains(List.of(longDomain)), 400))
        .isEqualTo(Map.of("error", "a Google domain has at most 253 characters"));
    assertThat(put(operator(), district, domains(manyDomains), 400))
        .isEqualTo(Map.of("error", "the Google domains have at most 2000 characters together"));
    assertThat(
            put(
                operator(),
                district,
                new LoginSettings(false, false, List.of(), true, "t".repeat(129), false),
                400))
        .isEqualTo(Map.of("error", "a Microsoft tenant has at most 128 characters"));
    assertThat(
            put(
                operator(),
                district,
                new LoginSettings(false, false, List.of(), true, "contoso.onmicrosoft.com", false),
                400))
        .isEqualTo(
            Map.of(
                "error",
                "a Microsoft tenant is its tenant id, a GUID such as"
                    + " 72f988bf-86f1-41af-91ab-2d7cd011db47, not: contoso.onmicrosoft.com"));
    assertThat(read(district)).usingRecursiveComparison().isEqualTo(LoginSettings.allOff());
    assertThat(put(operator(), "d".repeat(65), LoginSettings.allOff(), 400))
        .isEqualTo(Map.of("error", "a district id has at most 64 characters"));
  }

  private static LoginSettings domains(List<String> domains) {
    return new LoginSettings(false, true, domains, false, null, false);
  }

  private Map<String, Object> putJson(String district, String json) {
    return given()
        .auth()
        .oauth2(operator())
        .contentType(ContentType.JSON)
        .body(json)
        .put(path(district))
        .then()
        .statusCode(400)
        .extract()
        .as(new TypeRef<Map<String, Object>>() {});
  }

  private static Map<String, Object> put(
      String token, String district, LoginSettings settings, int status) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(settings)
        .put(path(district))
        .then()
        .statusCode(status)
        .extract()
        .as(new TypeRef<Map<String, Object>>() {});
  }

  private LoginSettings read(String district) {
    return given()
        .auth()
        .oauth2(operator())
        .get(path(district))
        .then()
        .statusCode(200)
        .extract()
        .as(LoginSettings.class);
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

  private static String domain() {
    return "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
  }

  private static String path(String district) {
    return "/admin/districts/" + district + "/login-settings";
  }
}
