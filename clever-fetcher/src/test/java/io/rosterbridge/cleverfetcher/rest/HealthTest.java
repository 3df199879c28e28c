package io.rosterbridge.cleverfetcher.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class HealthTest {

  @Test
  void readyWithKafkaAndDatabase() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "Database connections health check",
                "SmallRye Reactive Messaging - readiness check"));
  }
}
