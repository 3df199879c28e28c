package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.ExpectedReports;
import io.rosterbridge.rosterctl.support.SampleReports;
import io.rosterbridge.rosterctl.support.StubServer;
import io.rosterbridge.rosterctl.support.StubServer.Request;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that call the roster-writer (and the fetcher), against the {@link StubServer}
 * answering as they would: tables, row errors, refusals and exit codes. The real writer is
 * exercised end to end by system-tests.
 */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class WriterCommandsTest {

  private static final String RUN = "0193c3a1-run-42";
  private static final String DISTRICT = "5f1a00000000000000000abc";

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
  }

  @Test
  void reportPrintsTheRunAsTables() throws Exception {
    stub.json("GET", "/writer/runs/" + RUN, 200, runView(SampleReports.completed(RUN, DISTRICT)));

    CtlResult result = run("report", "--run", RUN);

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(ExpectedReports.completed(RUN, DISTRICT));
    Request request = stub.requests().get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + CtlTestProfile.TOKEN);
  }

  @Test
  void reportOfAPreviewGivesTheOnboardingAnswers() throws Exception {
    stub.json("GET", "/writer/runs/" + RUN, 200, runView(SampleReports.preview(RUN, DISTRICT)));

    CtlResult result = run("report", "--run", RUN);

    assertThat(result.out()).isEqualTo(ExpectedReports.preview(RUN, DISTRICT));
  }

  @Test
  void reportJsonIsTheWritersAnswer() throws Exception {
    String json = runView(SampleReports.held(RUN, DISTRICT));
    stub.json("GET", "/writer/runs/" + RUN, 200, json);

    CtlResult result = run("report", "--run", RUN, "--json");

    assertThat(result.exitCode()).isZero();
    JsonNode printed = EventJson.mapper().readTree(result.out());
    assertThat(printed).isEqualTo(EventJson.mapper().readTree(json));
  }

  @Test
  void aRunStillGoingHasNoReportYet() {
    stub.json(
        "GET",
        "/writer/runs/" + RUN,
        200,
        "{\"run\":{\"id\":\""
            + RUN
            + "\",\"districtId\":\""
            + DISTRICT
            + "\",\"state\":\"RUNNING\",\"startedAt\":\"2025-03-04T08:00:00Z\"}}");

    CtlResult result = run("report", "--run", RUN);

    assertThat(result.out())
        .isEqualTo(
            "Run "
                + RUN
                + " of district "
                + DISTRICT
                + " is RUNNING (started 2025-03-04 08:00:00Z): no report yet\n");
  }

  @Test
  void anUnknownRunIsOneLineAndExitsOne() {
    stub.json("GET", "/writer/runs/nope", 404, "{\"message\":\"no run nope\",\"errors\":[]}");

    CtlResult result = run("report", "--run", "nope");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: unknown run nope: the roster-writer has no such run; list runs with"
                + " rosterctl runs\n");
  }

  @Test
  void aRefusedTokenSaysWhichSettingToChange() {
    stub.json("GET", "/writer/runs/" + RUN, 401, "");
    stub.json("POST", "/writer/runs/" + RUN + "/approve", 403, "");

    CtlResult unauthorized = run("report", "--run", RUN);
    CtlResult forbidden = run("approve", "--run", RUN);

    assertThat(unauthorized.exitCode()).isEqualTo(1);
    assertThat(unauthorized.err())
        .isEqualTo(
            "rosterctl: the roster-writer refused ROSTERCTL_TOKEN (401): it is expired,"
                + " malformed or not signed by a key the roster-writer trusts; get a fresh token or set"
                + " ROSTERCTL_SIGNING_KEY instead\n");
    assertThat(forbidden.exitCode()).isEqualTo(1);
    assertThat(forbidden.err())
        .isEqualTo(
            "rosterctl: the roster-writer refused ROSTERCTL_TOKEN (403): it is not an operator's"
                + " token (groups must contain \"operator\"); use an operator token or"
                + " ROSTERCTL_SIGNING_KEY\n");
  }

  @Test
  void anUnexpectedAnswerIsOneLineWithTheWritersMessage() {
    stub.json("GET", "/writer/runs/" + RUN, 500, "{\"message\":\"database work failed\"}");

    CtlResult result = run("report", "--run", RUN);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: the roster-writer answered 500 to GET /runs/"
                + RUN
                + ": database work failed\n");
  }

  @Test
  void approvePrintsWhatWasApplied() {
    stub.json(
        "POST",
        "/writer/runs/" + RUN + "/approve",
        200,
        "{\"runId\":\""
            + RUN
            + "\",\"decided\":{\"USER APPLIED\":120,\"USER SUPERSEDED\":10,"
            + "\"ENROLLMENT APPLIED\":1400}}");

    CtlResult result = run("approve", "--run", RUN, "--as", "ana");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "approved the held deletions of run "
                + RUN
                + " as ana\n"
                + "  entity     | soft-deleted | superseded\n"
                + "  -----------+--------------+-----------\n"
                + "  user       |          120 |         10\n"
                + "  enrollment |        1,400 |          0\n"
                + "  1,520 soft-deleted (reversibly); superseded ones a later run still has, or"
                + " were gone already\n");
  }

  @Test
  void approvingARunThatHoldsNothingIsRefused() {
    stub.json(
        "POST",
        "/writer/runs/" + RUN + "/approve",
        409,
        "{\"message\":\"run " + RUN + " holds no deletions (it is COMPLETED)\",\"errors\":[]}");

    CtlResult result = run("approve", "--run", RUN);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: run "
                + RUN
                + " cannot be approved: run "
                + RUN
                + " holds no deletions (it is COMPLETED) (nothing changed)\n");
  }

  @Test
  void runsOfOneDistrictAreATable() {
    stub.json("GET", "/writer/districts/" + DISTRICT + "/runs", 200, runsJson(DISTRICT));

    CtlResult result = run("runs", "--district", DISTRICT);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "run   | district                 | mode    | trigger | state     | started       "
                + "       | finished             | approved by\n"
                + "------+--------------------------+---------+---------+-----------+-------------"
                + "---------+----------------------+------------\n"
                + "run-2 | 5f1a00000000000000000abc | FULL    | NIGHTLY | HELD      | 2025-03-05 "
                + "08:00:00Z | 2025-03-05 08:00:30Z | -\n"
                + "run-1 | 5f1a00000000000000000abc | PREVIEW | MANUAL  | COMPLETED | 2025-03-04 "
                + "08:00:00Z | 2025-03-04 08:00:24Z | ana\n");
  }

  @Test
  void runsWithoutADistrictListEveryDistrictsRuns() {
    stub.json(
        "GET",
        "/writer/districts",
        200,
        "[{\"id\":\"d-a\",\"name\":\"Alder\"},{\"id\":\"d-b\",\"name\":\"Birch\"}]");
    stub.json("GET", "/writer/districts/d-a/runs", 200, runsJson("d-a"));
    stub.json("GET", "/writer/districts/d-b/runs", 200, "[]");

    CtlResult result = run("runs", "--limit", "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(3);
    assertThat(result.out()).contains("run-2 | d-a ").doesNotContain("run-1");
    assertThat(stub.requests())
        .extracting(Request::path)
        .containsExactly(
            "/writer/districts", "/writer/districts/d-a/runs", "/writer/districts/d-b/runs");
  }

  @Test
  void aLimitOfLessThanOneIsAUsageError() {
    for (String limit : new String[] {"0", "-3", "many"}) {
      CtlResult result = run("runs", "--limit", limit);

      assertThat(result.exitCode()).as(limit).isEqualTo(64);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .startsWith(
              "rosterctl: Invalid value for option '--limit': '"
                  + limit
                  + "' is not a whole number of at least 1\nUsage: rosterctl runs")
          .endsWith("Try 'rosterctl runs --help' for more.\n");
    }
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void importAdminsSendsTheFileAsCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(
        csv, "username,role,school_id,first_name,last_name\nprincipal,school_admin,s1,Pat,Lee\n");
    stub.json(
        "POST",
        "/writer/districts/" + DISTRICT + "/imports/admins",
        200,
        "{\"created\":1,\"updated\":0,\"unchanged\":0,\"accountIds\":[\"acc-1\"]}");

    connected(DISTRICT);

    CtlResult result = run("import-admins", "--district", DISTRICT, csv.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "imported "
                + csv
                + " into district "
                + DISTRICT
                + ": 1 created, 0 updated, 0 unchanged\n");
    assertThat(stub.requests())
        .extracting(Request::method, Request::path)
        .containsExactly(
            tuple("GET", "/fetcher/districts"),
            tuple("POST", "/writer/districts/" + DISTRICT + "/imports/admins"));
    Request request = stub.requests().get(1);
    assertThat(request.header("Content-Type")).isEqualTo("text/csv");
    assertThat(request.body()).isEqualTo(Files.readAllBytes(csv));
  }

  @Test
  void anUploadIsHttp11AndWaitsForTheWriterToAcceptItsHeaders(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\nold.timer,legacy\n");
    stub.json(
        "POST",
        "/writer/districts/" + DISTRICT + "/imports/admins",
        200,
        "{\"created\":1,\"updated\":0,\"unchanged\":0,\"accountIds\":[\"acc-1\"]}");

    connected(DISTRICT);

    CtlResult result = run("import-admins", "--district", DISTRICT, csv.toString());

    assertThat(result.exitCode()).isZero();
    Request request = stub.requests().get(1);
    // A writer refusing the upload (413) answers before the body is sent, and no h2c upgrade
    // turns its answer into a broken connection.
    assertThat(request.header("Expect")).isEqualToIgnoringCase("100-continue");
    assertThat(request.header("Upgrade")).isNull();
  }

  @Test
  void aFileOverTheWritersBodyLimitIsRefusedBeforeSending(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    Files.write(csv, tooLarge);

    CtlResult result = run("import-admins", "--district", DISTRICT, csv.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: "
                + csv
                + " is larger than the roster-writer accepts (10,485,761 bytes, at most 10 MB);"
                + " split it into smaller files and import each\n");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void aFileTheWriterRefusesAsTooLargeIsOneLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\nold.timer,legacy\n");
    stub.json("POST", "/writer/districts/" + DISTRICT + "/imports/admins", 413, "");

    connected(DISTRICT);

    CtlResult result = run("import-admins", "--district", DISTRICT, csv.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: "
                + csv
                + " is larger than the roster-writer accepts (31 bytes; it answered 413); split it"
                + " into smaller files and import each, and set ROSTERCTL_WRITER_MAX_BODY_SIZE to"
                + " the writer's quarkus.http.limits.max-body-size\n");
  }

  @Test
  void aRejectedFilePrintsEveryRowErrorAndExitsOne(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\n", StandardCharsets.UTF_8);
    stub.json(
        "POST",
        "/writer/districts/" + DISTRICT + "/imports/admins",
        422,
        "{\"message\":\"3 errors; nothing was imported\",\"errors\":["
            + "{\"line\":0,\"message\":\"missing columns: school_id, first_name, last_name\"},"
            + "{\"line\":3,\"message\":\"role teacher cannot be imported\"},"
            + "{\"line\":7,\"message\":\"username jdoe is linked to a Clever user\"}]}");

    connected(DISTRICT);

    CtlResult result = run("import-admins", "--district", DISTRICT, csv.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            csv
                + " was rejected: 3 errors; nothing was imported\n"
                + csv
                + ": missing columns: school_id, first_name, last_name\n"
                + csv
                + ":3: role teacher cannot be imported\n"
                + csv
                + ":7: username jdoe is linked to a Clever user\n");
  }

  @Test
  void aMissingFileIsOneLineAndNothingIsSent(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");

    CtlResult result = run("import-admins", "--district", DISTRICT, missing.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("rosterctl: cannot read " + missing + ": no such file\n");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void districtsSetsConnectionsInCleverAgainstTheWritersDistricts() {
    stub.json(
        "GET",
        "/fetcher/districts",
        200,
        "[{\"districtId\":\"d-a\",\"connection\":\"CONNECTED\",\"source\":\"DISCOVERED\","
            + "\"lastRun\":{\"runId\":\"f-1\",\"status\":\"FETCHED\","
            + "\"createdAt\":\"2025-03-05T08:00:00Z\"}},"
            + "{\"districtId\":\"d-c\",\"connection\":\"CONNECTED\",\"source\":\"CONFIGURED\"},"
            + "{\"districtId\":\"d-d\",\"connection\":\"DISCONNECTED\","
            + "\"lastRun\":{\"runId\":\"f-9\",\"status\":\"FAILED\","
            + "\"createdAt\":\"2025-03-01T08:00:00Z\"}}]");
    stub.json(
        "GET",
        "/writer/districts",
        200,
        "[{\"id\":\"d-a\",\"name\":\"Alder USD\"},{\"id\":\"d-b\",\"name\":\"Birch ISD\"}]");
    stub.json("GET", "/writer/districts/d-a/runs", 200, runsJson("d-a"));
    stub.json("GET", "/writer/districts/d-b/runs", 200, "[]");

    CtlResult result = run("districts");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "id  | name      | connected? | configured? | last run\n"
                + "----+-----------+------------+-------------+----------------------------------\n"
                + "d-a | Alder USD | yes        | yes         | HELD 2025-03-05 08:00:00Z\n"
                + "d-b | Birch ISD | no         | yes         | never\n"
                + "d-c | -         | yes        | no          | never\n"
                + "d-d | -         | no         | no          | fetch FAILED 2025-03-01 08:00:00Z\n");
  }

  @Test
  void districtsRefreshAsksTheFetcherToListFromClever() {
    stub.json("GET", "/fetcher/districts?refresh=true", 200, "[]");
    stub.json("GET", "/writer/districts", 200, "[]");

    CtlResult result = run("districts", "--refresh");

    assertThat(result.out())
        .isEqualTo("no districts: none connected in Clever, none configured in the writer\n");
  }

  /** The fetcher lists the district as connected in Clever. */
  private void connected(String district) {
    stub.json(
        "GET",
        "/fetcher/districts",
        200,
        "[{\"districtId\":\"" + district + "\",\"connection\":\"CONNECTED\"}]");
  }

  private CtlResult run(String... args) {
    return Ctl.run(commandLines.get(), args);
  }

  private static String runView(io.rosterbridge.events.report.RunReport report) throws Exception {
    Map<String, Object> run =
        Map.of(
            "id", report.runId(),
            "districtId", report.districtId(),
            "mode", report.mode().name(),
            "trigger", report.trigger().name(),
            "state", report.state().name(),
            "complete", true,
            "startedAt", report.startedAt().toString(),
            "finishedAt", report.finishedAt().toString());
    return EventJson.mapper().writeValueAsString(Map.of("run", run, "report", report));
  }

  private static String runsJson(String district) {
    return "[{\"id\":\"run-2\",\"districtId\":\""
        + district
        + "\",\"mode\":\"FULL\",\"trigger\":\"NIGHTLY\",\"state\":\"HELD\",\"complete\":true,"
        + "\"startedAt\":\"2025-03-05T08:00:00Z\",\"finishedAt\":\"2025-03-05T08:00:30Z\"},"
        + "{\"id\":\"run-1\",\"districtId\":\""
        + district
        + "\",\"mode\":\"PREVIEW\",\"trigger\":\"MANUAL\",\"state\":\"COMPLETED\","
        + "\"complete\":true,\"startedAt\":\"2025-03-04T08:00:00Z\","
        + "\"finishedAt\":\"2025-03-04T08:00:24Z\",\"approvedBy\":\"ana\"}]";
  }
}
