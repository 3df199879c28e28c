package io.rosterbridge.usermatcher.rest;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.contact;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import io.rosterbridge.usermatcher.service.RunLedger;
import io.rosterbridge.usermatcher.service.RunResolver;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class RunResourceTest {

  @Inject RunLedger ledger;
  @Inject RunResolver resolver;

  @Test
  void showsWhatTheMatcherDidWithARun() {
    String district = "d-" + UUID.randomUUID();
    RunScript run =
        RunScript.of(district, SyncMode.FULL)
            .users(
                teacher("c-1", "ada"),
                student("c-2", "bo"),
                student("c-3", "bo"),
                student("c-4", " "),
                contact("c-5"));
    ledger.started(run.started());
    for (CleverRecordsMessage user : run.records()) {
      ledger.buffer((UserFetched) user);
    }
    resolver.close(run.fetched());

    given()
        .queryParam("limit", 2)
        .when()
        .get("/runs/{id}", run.runId())
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("districtId", equalTo(district))
        .body("mode", equalTo("FULL"))
        .body("usersReceived", equalTo(5))
        .body("resolvedUsers", equalTo(4))
        .body("notRostered", equalTo(1))
        .body("conflicts", equalTo(3))
        .body("outcomes.CREATED", equalTo(4))
        .body("reported", hasSize(2))
        .body("reported.cleverUserId", contains("c-2", "c-3"))
        .body("reported.reason", contains("DUPLICATE_USERNAME_IN_RUN", "DUPLICATE_USERNAME_IN_RUN"))
        .body("publishedAt", equalTo(null));
  }

  @Test
  void anUnknownRunIsNotFound() {
    given().when().get("/runs/{id}", "run-unknown").then().statusCode(404);
  }
}
