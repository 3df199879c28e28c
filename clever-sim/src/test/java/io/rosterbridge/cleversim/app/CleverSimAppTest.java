package io.rosterbridge.cleversim.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The Quarkus app serves the simulator configured from {@code clever-sim.*} properties. */
@QuarkusTest
class CleverSimAppTest {

  @Test
  void theConfiguredDistrictIsServedWithTheConfiguredToken() {
    Response districts = given().get("/admin/districts");
    assertThat(districts.statusCode()).isEqualTo(200);
    assertThat(districts.jsonPath().getString("data[0].token")).isEqualTo("app-test-token");
    assertThat(districts.jsonPath().getInt("data[0].counts.users")).isEqualTo(336);
    assertThat(districts.jsonPath().getInt("data[0].counts.sections")).isEqualTo(72);
    given()
        .header("Authorization", "Bearer app-test-token")
        .get("/v3.0/districts")
        .then()
        .statusCode(200)
        .header("X-Ratelimit-Limit", "1200")
        .body("data[0].data.id", equalTo(districts.jsonPath().getString("data[0].id")));
  }

  @Test
  void messinessAndOAuthSettingsComeFromConfig() {
    String last =
        given()
            .header("Authorization", "Bearer app-test-token")
            .get("/v3.0/users?limit=1")
            .jsonPath()
            .getString("data[0].data.name.last");
    assertThat(last).doesNotMatch("[\\x20-\\x7e]*");
    given()
        .redirects()
        .follow(false)
        .get(
            "/oauth/instant-login?client_id=app-test-client&login_as="
                + given()
                    .header("Authorization", "Bearer app-test-token")
                    .get("/v3.0/users?limit=1")
                    .jsonPath()
                    .getString("data[0].data.id"))
        .then()
        .statusCode(302)
        .header(
            "Location",
            org.hamcrest.Matchers.matchesPattern("http://localhost:7000/a\\?code=[0-9a-f]{32}"));
  }

  @Test
  void healthIsUp() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
