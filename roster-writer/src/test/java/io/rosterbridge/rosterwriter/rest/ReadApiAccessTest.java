package io.rosterbridge.rosterwriter.rest;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.SampleDistricts;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import io.rosterbridge.rosterwriter.rest.Views.AccountView;
import io.rosterbridge.rosterwriter.rest.Views.ClassMembership;
import io.rosterbridge.rosterwriter.rest.Views.RoleView;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call the read API: every endpoint needs a valid bearer token (none or a bad one: 401); a
 * district admin reaches only their own district (another: 403), operators reach every district,
 * and only operators approve held deletions. A refused call changes nothing.
 */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class ReadApiAccessTest {

  /** One call of the API. */
  record Call(String method, String path, String contentType, String body) {

    static Call get(String path) {
      return new Call("GET", path, null, null);
    }

    static Call post(String path) {
      return new Call("POST", path, null, null);
    }

    Response send(RequestSpecification request) {
      RequestSpecification spec = contentType == null ? request : request.contentType(contentType);
      return (body == null ? spec : spec.body(body)).request(method, path);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private TestRun district;
  private TestRun other;
  private String account;

  @BeforeEach
  void twoDistrictsTheSecondHoldingDeletions() {
    district = SampleDistricts.small();
    Runs.apply(district);
    account = district.accountOf("u1");
    TestRun first = TestRun.newDistrict().school("s1").user(teacher("tch", "s1"));
    IntStream.rangeClosed(1, 25).forEach(i -> first.user(student("u" + i, "s1")));
    Runs.apply(first);
    other = first.nextEmpty().school("s1");
    assertThat(Runs.apply(other)).isEqualTo("HELD");
  }

  /** Every endpoint, on the sample district. */
  private List<Call> everyEndpoint() {
    String d = "/districts/" + district.districtId();
    return List.of(
        Call.get("/districts"),
        Call.get(d),
        new Call("PUT", d + "/settings", "application/json", "{\"studentSeats\": 7}"),
        Call.get(d + "/runs"),
        Call.get(d + "/classes/sec1"),
        new Call("POST", d + "/imports/admins", "text/csv", "username,role\nboss,district_admin\n"),
        Call.get("/runs/" + district.runId()),
        Call.post("/runs/" + district.runId() + "/approve"),
        Call.get("/accounts/" + account),
        Call.post("/accounts/" + account + "/restore"));
  }

  @Test
  void everyEndpointRefusesCallsWithoutAValidBearerToken() {
    List<String> badTokens =
        List.of(
            Jwt.issuer(Tokens.ISSUER).upn("ops").groups("operator").sign(anotherKey()),
            Jwt.issuer(Tokens.ISSUER).upn("ops").groups("operator").expiresAt(1_000L).sign(),
            Jwt.issuer("https://elsewhere.test").upn("ops").groups("operator").sign(),
            "not-a-jwt");
    List<String> before = RosterDb.snapshot(district.districtId());

    for (Call call : everyEndpoint()) {
      assertThat(call.send(given()).statusCode()).as("%s without a token", call).isEqualTo(401);
      for (String token : badTokens) {
        assertThat(call.send(given().auth().oauth2(token)).statusCode())
            .as("%s with a bad token", call)
            .isEqualTo(401);
      }
    }

    assertThat(RosterDb.snapshot(district.districtId())).isEqualTo(before);
  }

  @Test
  void anAdminOfAnotherDistrictAndAStudentAreRefusedWithAMessage() {
    String otherAdmin = Tokens.districtAdmin(other.districtId());
    String studentOfTheDistrict = Tokens.student(district.districtId());
    List<String> before = RosterDb.snapshot(district.districtId());

    for (Call call : everyEndpoint()) {
      Response asOtherAdmin = call.send(given().auth().oauth2(otherAdmin));
      if (call.path().equals("/districts")) {
        asOtherAdmin.then().statusCode(200).body("id", equalTo(List.of(other.districtId())));
      } else {
        assertThat(asOtherAdmin.statusCode())
            .as("%s as another district's admin", call)
            .isEqualTo(403);
        assertThat(asOtherAdmin.jsonPath().getString("message")).as("%s", call).isNotBlank();
      }
      Response asStudent = call.send(given().auth().oauth2(studentOfTheDistrict));
      assertThat(asStudent.statusCode()).as("%s as a student", call).isEqualTo(403);
    }

    assertThat(RosterDb.snapshot(district.districtId())).isEqualTo(before);
  }

  @Test
  void anIdOfAnotherDistrictAndAnIdThatDoesNotExistGetTheSameAnswer() {
    String runOfAnother = district.runId();
    String accountOfAnother = account;
    String noRun = "run-" + UUID.randomUUID();
    String noAccount = "acc-" + UUID.randomUUID();
    String otherAdmin = Tokens.districtAdmin(other.districtId());
    List<String> before = RosterDb.snapshot(district.districtId());

    for (String admin : List.of(otherAdmin, Tokens.districtAdmin(district.districtId() + "-x"))) {
      for (String[] probe :
          List.of(
              new String[] {"GET", "/runs/", runOfAnother, "run"},
              new String[] {"GET", "/runs/", noRun, "run"},
              new String[] {"GET", "/accounts/", accountOfAnother, "account"},
              new String[] {"GET", "/accounts/", noAccount, "account"},
              new String[] {"POST", "/accounts/", accountOfAnother + "/restore", "account"},
              new String[] {"POST", "/accounts/", noAccount + "/restore", "account"})) {
        String id = probe[2].replace("/restore", "");
        given()
            .auth()
            .oauth2(admin)
            .request(probe[0], probe[1] + probe[2])
            .then()
            .statusCode(403)
            .body("message", equalTo(probe[3] + " " + id + " is not in your district"));
      }
    }
    given()
        .auth()
        .oauth2(Tokens.student(district.districtId()))
        .get("/runs/{r}", noRun)
        .then()
        .statusCode(403)
        .body("message", equalTo("operators and district admins only"));
    given()
        .auth()
        .oauth2(Tokens.operator())
        .get("/runs/{r}", noRun)
        .then()
        .statusCode(404)
        .body("message", equalTo("no run " + noRun));
    given()
        .auth()
        .oauth2(Tokens.operator())
        .get("/accounts/{a}", noAccount)
        .then()
        .statusCode(404)
        .body("message", equalTo("no account " + noAccount));

    assertThat(RosterDb.snapshot(district.districtId())).isEqualTo(before);
  }

  @Test
  void aDistrictAdminReachesTheirOwnDistrictButApprovesNothing() {
    String d = district.districtId();
    String admin = Tokens.districtAdmin(d);

    given()
        .auth()
        .oauth2(admin)
        .get("/districts")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(d)));
    given()
        .auth()
        .oauth2(admin)
        .get("/districts/{d}", d)
        .then()
        .statusCode(200)
        .body("id", equalTo(d))
        .body("name", equalTo("District " + d))
        .body("state", equalTo("CA"));
    given()
        .auth()
        .oauth2(admin)
        .get("/districts/{d}/runs", d)
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(district.runId())))
        .body("state", equalTo(List.of("COMPLETED")));
    given()
        .auth()
        .oauth2(admin)
        .get("/runs/{r}", district.runId())
        .then()
        .statusCode(200)
        .body("run.id", equalTo(district.runId()))
        .body("report.state", equalTo("COMPLETED"));
    given()
        .auth()
        .oauth2(admin)
        .get("/districts/{d}/classes/sec1", d)
        .then()
        .statusCode(200)
        .body(
            "members.accountId",
            equalTo(
                List.of(
                    district.accountOf("u1"),
                    district.accountOf("u2"),
                    district.accountOf("tch1"))));
    AccountView view =
        given()
            .auth()
            .oauth2(admin)
            .get("/accounts/{a}", account)
            .then()
            .statusCode(200)
            .extract()
            .as(AccountView.class);
    assertThat(view)
        .isEqualTo(
            new AccountView(
                account,
                d,
                "u1",
                "u1",
                "CLEVER",
                "ACTIVE",
                false,
                "First",
                "Last",
                1,
                List.of(new RoleView("STUDENT", "s1", "CLEVER")),
                List.of(new ClassMembership("sec1", "Class sec1", "s1", "STUDENT", false))));
    given()
        .auth()
        .oauth2(admin)
        .post("/accounts/{a}/restore", account)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    given()
        .auth()
        .oauth2(admin)
        .post("/runs/{r}/approve", district.runId())
        .then()
        .statusCode(403)
        .body("message", equalTo("operators only"));
  }

  @Test
  void operatorsReachEveryDistrictAndApproveHeldDeletions() {
    String operator = Tokens.operator();

    given()
        .auth()
        .oauth2(operator)
        .get("/districts")
        .then()
        .statusCode(200)
        .body("id", hasItems(district.districtId(), other.districtId()));
    for (TestRun run : List.of(district, other)) {
      given()
          .auth()
          .oauth2(operator)
          .get("/districts/{d}", run.districtId())
          .then()
          .statusCode(200);
      given().auth().oauth2(operator).get("/runs/{r}", run.runId()).then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(operator)
        .post("/runs/{r}/approve", district.runId())
        .then()
        .statusCode(409)
        .body(
            "message",
            equalTo("run " + district.runId() + " holds no deletions (it is COMPLETED)"));
    given()
        .auth()
        .oauth2(operator)
        .post("/runs/{r}/approve", other.runId())
        .then()
        .statusCode(200)
        .body("decided", equalTo(Map.of("USER APPLIED", 26)));
    assertThat(RosterDb.runState(other.runId())).isEqualTo("COMPLETED");
  }

  private static PrivateKey anotherKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
