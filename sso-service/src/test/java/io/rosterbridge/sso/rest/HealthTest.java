package io.rosterbridge.sso.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.sso.SsoTestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SsoTestProfile.class)
class HealthTest {

  @Test
  void readyWithItsDatabase() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
  }
}
