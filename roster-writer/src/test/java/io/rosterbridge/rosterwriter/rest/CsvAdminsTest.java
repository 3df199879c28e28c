package io.rosterbridge.rosterwriter.rest;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.ReportedConflict;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.RunSender;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.TestUser;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV-imported admins against syncs: never soft-deleted, demoted or renamed; conflicts refused. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class CsvAdminsTest {

  @TestHTTPResource("/")
  URI base;

  private static Response importCsv(String district, String csv) {
    return given()
        .auth()
        .oauth2(Tokens.operator())
        .contentType("text/csv")
        .body(csv)
        .post("/districts/{d}/imports/admins", district);
  }

  private static String accountIdOf(String district, String usernameKey) {
    return RosterDb.rows(
            "select id from account where district_id = ? and username_key = ?",
            district,
            usernameKey)
        .get(0);
  }

  private static List<String> accountState(String accountId) {
    List<String> state =
        new java.util.ArrayList<>(
            RosterDb.rows("select a.* from account a where id = ?", accountId));
    state.addAll(
        RosterDb.rows(
            "select role, school_id, source, created_at, updated_at, deleted_at from account_role where account_id = ? order by role, school_id, source",
            accountId));
    return state;
  }

  @Test
  void csvAdminsSurviveAnyNumberOfRunsUntouched() {
    TestRun first =
        TestRun.newDistrict()
            .school("s1")
            .school("s2")
            .user(teacher("c-amy", "s1"))
            .user(student("c-kid", "s1"));
    String d = first.districtId();
    Runs.apply(first);
    importCsv(
            d,
            "username,role,school_id,first_name,last_name\ntsmith,school_admin,s1,Tom,Smith\nboss,district_admin,,Bea,Boss\nPNguyen,school_admin,s2,Pat,Nguyen\n")
        .then()
        .statusCode(200)
        .body("created", equalTo(3));
    String tsmith = accountIdOf(d, "tsmith");
    String boss = accountIdOf(d, "boss");
    String pnguyen = accountIdOf(d, "pnguyen");
    List<String> tsmithBefore = accountState(tsmith);
    List<String> bossBefore = accountState(boss);

    TestUser studentTsmith =
        student("c-tsmith", "s1")
            .reported(
                new Conflict(
                    ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN,
                    "a student never takes an admin account"));
    TestRun linked =
        first
            .next()
            .user(teacher("c-pn", "s2").named("pnguyen").linkedTo(pnguyen))
            .user(studentTsmith.named(null));
    assertThat(Runs.apply(linked)).isEqualTo("COMPLETED");
    TestRun renamed =
        linked
            .next()
            .user(teacher("c-pn", "s2").named("pat.nguyen").linkedTo(pnguyen).lastName("Renamed"));
    assertThat(Runs.apply(renamed)).isEqualTo("COMPLETED");
    TestRun gone = renamed.next().without("c-pn", "c-tsmith");
    assertThat(Runs.apply(gone)).isEqualTo("COMPLETED");
    assertThat(Runs.apply(gone.next())).isEqualTo("COMPLETED");

    assertThat(accountState(tsmith)).isEqualTo(tsmithBefore);
    assertThat(accountState(boss)).isEqualTo(bossBefore);
    assertThat(
            RosterDb.rows(
                "select username, source, status, first_name, last_name, clever_user_id from account where id = ?",
                pnguyen))
        .containsExactly("PNguyen|MANUAL|ACTIVE|Pat|Nguyen|c-pn");
    // the teacher role was Clever's: it goes with the Clever user, the CSV role stays
    assertThat(
            RosterDb.rows(
                "select role, school_id, source, deleted_at is null from account_role where account_id = ? order by role",
                pnguyen))
        .containsExactly("SCHOOL_ADMIN|s2|MANUAL|true", "TEACHER|s2|CLEVER|false");
    assertThat(
            RosterDb.rows(
                "select run_id, detail from audit_log where entity_id = ? and action = 'ROLE_REMOVED'",
                pnguyen))
        .containsExactly(gone.runId() + "|TEACHER at s2");
    assertThat(Runs.report(linked.runId()).conflicts())
        .containsExactly(
            new ReportedConflict(
                "c-tsmith",
                linked.accountOf("c-tsmith"),
                ConflictReason.STUDENT_MATCHES_MANUAL_ADMIN,
                "a student never takes an admin account"));
    assertThat(
            RosterDb.rows(
                "select username, status from account where id = ?", linked.accountOf("c-tsmith")))
        .containsExactly("-|DELETED");
  }

  @Test
  void aCsvAdminWhoIsACleverTeacherHoldsExactlyTheTeacherRolesCleverGives() {
    TestRun first =
        TestRun.newDistrict()
            .school("s1")
            .school("s2")
            .user(teacher("c-amy", "s1"))
            .user(student("c-kid", "s1"));
    String d = first.districtId();
    Runs.apply(first);
    importCsv(d, "username,role,school_id\npnguyen,school_admin,s2\n").then().statusCode(200);
    String pn = accountIdOf(d, "pnguyen");
    TestRun linked = first.next().user(teacher("c-pn", "s2").named("pnguyen").linkedTo(pn));
    assertThat(Runs.apply(linked)).isEqualTo("COMPLETED");
    assertThat(roles(pn)).containsExactly("SCHOOL_ADMIN|s2|MANUAL|true", "TEACHER|s2|CLEVER|true");

    TestRun moved = linked.next().user(teacher("c-pn", "s1").named("pnguyen").linkedTo(pn));
    assertThat(Runs.apply(moved)).isEqualTo("COMPLETED");
    assertThat(roles(pn))
        .containsExactly(
            "SCHOOL_ADMIN|s2|MANUAL|true", "TEACHER|s1|CLEVER|true", "TEACHER|s2|CLEVER|false");

    TestRun emptied = moved.nextEmpty().school("s1").school("s2");
    assertThat(Runs.apply(emptied)).isEqualTo("HELD");
    assertThat(roles(pn))
        .as("the users' deletions are held, and so is the Clever role")
        .containsExactly(
            "SCHOOL_ADMIN|s2|MANUAL|true", "TEACHER|s1|CLEVER|true", "TEACHER|s2|CLEVER|false");

    TestRun gone = moved.next().without("c-pn");
    assertThat(Runs.apply(gone)).isEqualTo("COMPLETED");
    assertThat(roles(pn))
        .containsExactly(
            "SCHOOL_ADMIN|s2|MANUAL|true", "TEACHER|s1|CLEVER|false", "TEACHER|s2|CLEVER|false");
    assertThat(
            RosterDb.rows(
                "select username, source, status, version, clever_user_id from account where id = ?",
                pn))
        .containsExactly("pnguyen|MANUAL|ACTIVE|4|c-pn");
    assertThat(
            RosterDb.rows(
                "select run_id, detail from audit_log where entity_id = ? and action = 'ROLE_REMOVED'"
                    + " order by at",
                pn))
        .containsExactly(moved.runId() + "|TEACHER at s2", gone.runId() + "|TEACHER at s1");
    assertThat(Runs.report(gone.runId()).entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(0, 1, 2, 0, 0, 0));
  }

  @Test
  void aLegacyAccountImportedWhileARunIsInFlightIsLeftToTheNextRun() {
    TestRun first = TestRun.newDistrict().school("s1").user(teacher("c-amy", "s1"));
    String d = first.districtId();
    Runs.apply(first);
    TestRun inFlight = first.next();
    List<RosterChangesMessage> messages = inFlight.messages();
    RunSender.send(messages.subList(0, messages.size() - 1));
    await().atMost(Runs.WAIT).until(() -> "RUNNING".equals(RosterDb.runState(inFlight.runId())));
    importCsv(d, "username,role\nold.timer,legacy\n").then().statusCode(200);
    String legacy = accountIdOf(d, "old.timer");

    RunSender.send(messages.subList(messages.size() - 1, messages.size()));
    assertThat(Runs.awaitFinished(inFlight.runId())).isEqualTo("COMPLETED");
    assertThat(RosterDb.rows("select source, status from account where id = ?", legacy))
        .containsExactly("LEGACY|ACTIVE");
    assertThat(Runs.report(inFlight.runId()).entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(0, 0, 1, 0, 0, 0));

    TestRun next = inFlight.next();
    assertThat(Runs.apply(next)).isEqualTo("COMPLETED");
    assertThat(RosterDb.rows("select source, status from account where id = ?", legacy))
        .as("the next run was matched with the account and did not link it")
        .containsExactly("LEGACY|DELETED");
  }

  private static List<String> roles(String accountId) {
    return RosterDb.rows(
        "select role, school_id, source, deleted_at is null from account_role"
            + " where account_id = ? order by role, school_id",
        accountId);
  }

  @Test
  void aRowWhoseUsernameBelongsToACleverLinkedAccountRejectsTheWholeFile() {
    TestRun run = TestRun.newDistrict().school("s1").user(teacher("c-jlee", "s1").named("JLee"));
    String d = run.districtId();
    Runs.apply(run);

    importCsv(
            d,
            "username,role,school_id\nnewadmin,district_admin,\n jlee ,school_admin,s1\nsam,school_admin,s9\n")
        .then()
        .statusCode(422)
        .body("errors.line", equalTo(List.of(3, 4)))
        .body(
            "errors.message",
            equalTo(
                List.of(
                    "username 'jlee' belongs to a Clever-linked account", "unknown school 's9'")));

    assertThat(
            RosterDb.count(
                "select count(*) from account where district_id = ? and source <> 'CLEVER'", d))
        .isZero();
  }

  @Test
  void reImportingTheSameFileChangesNothing() {
    TestRun run = TestRun.newDistrict().school("s1");
    Runs.apply(run);
    String csv = "username,role,school_id\nann,school_admin,s1\nold.user,legacy,\n";
    importCsv(run.districtId(), csv).then().statusCode(200).body("created", equalTo(2));
    List<String> before = RosterDb.snapshot(run.districtId());

    importCsv(run.districtId(), csv)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("unchanged", equalTo(2));

    assertThat(RosterDb.snapshot(run.districtId())).isEqualTo(before);
  }

  @Test
  void aRefusalQuotesValuesShortAndListsTheFirstHundredErrors() {
    String d = TestRun.newDistrict().districtId();
    StringBuilder badRows = new StringBuilder("username,role\n");
    for (int i = 0; i < 150; i++) {
      badRows.append("user").append(i).append(",teacher\n");
    }

    Response hugeHeader = importCsv(d, "a".repeat(2_000_000) + "\n");
    Response manyErrors = importCsv(d, badRows.toString());

    hugeHeader
        .then()
        .statusCode(422)
        .body("message", equalTo("3 errors; nothing was imported"))
        .body("errors.line", equalTo(List.of(1, 1, 1)))
        .body(
            "errors.message",
            equalTo(
                List.of(
                    "unknown column '" + "a".repeat(60) + "…'",
                    "missing column 'username'",
                    "missing column 'role'")));
    assertThat(hugeHeader.asByteArray()).hasSizeLessThan(300);
    manyErrors
        .then()
        .statusCode(422)
        .body(
            "message",
            equalTo("150 errors; nothing was imported (the first 100 are listed, and 50 more)"))
        .body("errors.size()", equalTo(100))
        .body("errors[0].line", equalTo(2))
        .body("errors[99].line", equalTo(101));
    assertThat(RosterDb.count("select count(*) from account where district_id = ?", d)).isZero();
  }

  @Test
  void anEmptyFileAndAHeaderWithoutRowsAreRefused() {
    String d = TestRun.newDistrict().districtId();

    importCsv(d, "")
        .then()
        .statusCode(422)
        .body("message", equalTo("1 error; nothing was imported"))
        .body("errors.line", equalTo(List.of(0)))
        .body("errors.message", equalTo(List.of("the file is empty")));
    importCsv(d, "username,role,school_id,first_name,last_name\n")
        .then()
        .statusCode(422)
        .body("message", equalTo("1 error; nothing was imported"))
        .body("errors.line", equalTo(List.of(0)))
        .body("errors.message", equalTo(List.of("the file has a header but no rows")));
    assertThat(RosterDb.count("select count(*) from district where id = ?", d)).isZero();
  }

  @Test
  void aFileOverTheBodyLimitGets413AsRosterctlUploadsIt() throws Exception {
    String d = TestRun.newDistrict().districtId();

    HttpResponse<String> accepted =
        upload(d, "username,role\nold.timer,legacy\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> tooLarge = upload(d, new byte[10 * 1024 * 1024 + 1]);

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(
            RosterDb.rows(
                "select username, source from account where district_id = ? order by username", d))
        .containsExactly("old.timer|LEGACY");
  }

  /** A POST as rosterctl sends it: HTTP/1.1, the body only once the headers are accepted. */
  private HttpResponse<String> upload(String district, byte[] csv) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/districts/" + district + "/imports/admins"))
            .version(HttpClient.Version.HTTP_1_1)
            .expectContinue(true)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + Tokens.operator())
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  static final ResolutionOutcome UNUSED = ResolutionOutcome.CREATED;
}
