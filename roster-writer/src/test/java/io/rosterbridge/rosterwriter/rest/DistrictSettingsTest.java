package io.rosterbridge.rosterwriter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.SampleDistricts;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A district's settings through {@code PUT /districts/{d}/settings}: valid changes apply and are
 * audited (who, what from and to); bad input is refused with 400 and a message saying what is
 * wrong, and changes nothing.
 */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class DistrictSettingsTest {

  private static final String SETTINGS =
      "select student_seats, staff_seats, guard_max_percent, guard_min_records"
          + " from district where id = ?";
  private static final String AUDIT =
      "select entity_id, action, actor, detail from audit_log"
          + " where district_id = ? and entity_type = 'DISTRICT' order by id";

  private String d;

  @BeforeEach
  void aDistrict() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    d = run.districtId();
  }

  private Response put(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .put("/districts/{d}/settings", d);
  }

  @Test
  void theDistrictsAdminAndOperatorsChangeSettingsAndEveryChangeIsAudited() {
    put(
            Tokens.districtAdmin(d),
            "{\"studentSeats\": 120, \"staffSeats\": 12, \"guardMaxPercent\": 12.5,"
                + " \"guardMinRecords\": 30}")
        .then()
        .statusCode(200)
        .body("id", equalTo(d))
        .body("studentSeats", equalTo(120))
        .body("staffSeats", equalTo(12))
        .body("guardMaxPercent", equalTo(12.5f))
        .body("guardMinRecords", equalTo(30));
    put(Tokens.operator(), "{\"guardMinRecords\": 25, \"staffSeats\": 12}")
        .then()
        .statusCode(200)
        .body("guardMinRecords", equalTo(25))
        .body("studentSeats", equalTo(120));
    put(Tokens.operator(), "{\"studentSeats\": 120}").then().statusCode(200);

    assertThat(RosterDb.rows(SETTINGS, d)).containsExactly("120|12|12.50|25");
    assertThat(RosterDb.rows(AUDIT, d))
        .containsExactly(
            d
                + "|SETTINGS_CHANGED|admin@"
                + d
                + "|studentSeats: none -> 120, staffSeats: none -> 12,"
                + " guardMaxPercent: default -> 12.5, guardMinRecords: default -> 30",
            d + "|SETTINGS_CHANGED|ops@rosterbridge|guardMinRecords: 30 -> 25");
  }

  @Test
  void badSettingsAreRefusedWithAClearMessageAndChangeNothing() {
    put(Tokens.operator(), "{\"studentSeats\": 100, \"guardMaxPercent\": 10}")
        .then()
        .statusCode(200);
    List<String> settings = RosterDb.rows(SETTINGS, d);
    List<String> audit = RosterDb.rows(AUDIT, d);
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("{\"studentSeats\": -1}", "studentSeats cannot be negative");
    refused.put("{\"staffSeats\": -5}", "staffSeats cannot be negative");
    refused.put("{\"guardMinRecords\": -1}", "guardMinRecords cannot be negative");
    refused.put("{\"guardMaxPercent\": 100.5}", "guardMaxPercent must be between 0 and 100");
    refused.put("{\"guardMaxPercent\": -0.01}", "guardMaxPercent must be between 0 and 100");
    refused.put(
        "{\"guardMaxPercent\": 12.345}", "guardMaxPercent can have at most 2 decimal places");
    refused.put(
        "{\"studentSeats\": 200, \"staffSeats\": -1, \"guardMaxPercent\": 101}",
        "staffSeats cannot be negative; guardMaxPercent must be between 0 and 100");
    String whole = " must be a whole number up to 2147483647";
    refused.put("{\"studentSeats\": \"ten\"}", "studentSeats" + whole);
    refused.put("{\"studentSeats\": 1.5}", "studentSeats" + whole);
    refused.put("{\"staffSeats\": 3000000000}", "staffSeats" + whole);
    refused.put("{\"guardMinRecords\": true}", "guardMinRecords" + whole);
    refused.put("{\"guardMaxPercent\": \"high\"}", "guardMaxPercent must be a number");
    refused.put(
        "{\"studentSeat\": 5}",
        "unknown field 'studentSeat'; the fields are guardMaxPercent, guardMinRecords,"
            + " staffSeats, studentSeats");
    String none =
        "no setting given; the settings are studentSeats, staffSeats, guardMaxPercent and"
            + " guardMinRecords";
    refused.put("{}", none);
    refused.put("{\"studentSeats\": null}", none);
    refused.put("", "the body must be a JSON object with the settings to change");
    refused.put("[120]", "the body must be a JSON object");
    refused.put("\"120\"", "the body must be a JSON object");
    refused.put("{\"studentSeats\": 1", "the body is not valid JSON (line 1, column 19)");
    refused.put(
        "{\"studentSeats\": 10, \"studentSeats\": -3}",
        "the body gives a field twice: 'studentSeats' (line 1, column 36)");

    refused.forEach(
        (body, message) ->
            assertThat(
                    put(Tokens.operator(), body)
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("message")
                        .toString())
                .as("the answer to %s", body)
                .isEqualTo(message));

    assertThat(RosterDb.rows(SETTINGS, d)).isEqualTo(settings);
    assertThat(RosterDb.rows(AUDIT, d)).isEqualTo(audit);
  }

  @Test
  void anUnknownDistrictIsNotFound() {
    given()
        .auth()
        .oauth2(Tokens.operator())
        .contentType("application/json")
        .body("{\"studentSeats\": 5}")
        .put("/districts/{d}/settings", "no-such-district")
        .then()
        .statusCode(404)
        .body("message", equalTo("no district no-such-district"));
  }
}
