package io.rosterbridge.rosterwriter.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterwriter.fixtures.PackagedWriter;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.RunSender;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import io.rosterbridge.rosterwriter.service.GuardScenario.Thresholds;
import io.rosterbridge.rosterwriter.service.GuardScenario.Universe;
import io.rosterbridge.rosterwriter.service.ScenarioRun.Imported;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The deletion guard and the protection of manual records as properties: for generated districts
 * (CLEVER, LEGACY and MANUAL accounts, roles, classes, enrollments, the district's own thresholds
 * or the defaults) and three generated runs (records left out at random, some runs incomplete or
 * failed), every run leaves exactly what {@link SweepExpectation} works out from the roster before
 * it, MANUAL accounts and roles are never soft-deleted, demoted or renamed (their Clever roles are
 * Clever's), a complete run settles what the run before it held (every scenario run is full), and
 * replaying the runs changes nothing.
 *
 * <p>It goes through the real path: the packaged writer runs as its own process (jqwik properties
 * cannot be Quarkus tests), runs reach it on {@code roster.changes} through the real Kafka broker,
 * CSV imports and settings through its HTTP API, and every outcome is read from PostgreSQL.
 */
class GuardPropertiesIT {

  /** The entity types a sweep soft-deletes, in the order the report lists held ones. */
  static final List<EntityType> SWEPT =
      List.of(
          EntityType.SCHOOL,
          EntityType.TERM,
          EntityType.COURSE,
          EntityType.SECTION,
          EntityType.USER,
          EntityType.ENROLLMENT);

  private static PackagedWriter writer;

  @BeforeContainer
  static void startWriter() {
    writer = PackagedWriter.start();
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = writer.port();
  }

  @AfterContainer
  static void stopWriter() {
    writer.stop();
  }

  @Property(tries = 30)
  void everyRunSweepsOrHoldsExactlyWhatItLacksAndManualRecordsSurvive(
      @ForAll("scenarios") GuardScenario scenario) {
    Universe universe = scenario.universe();
    TestRun district = TestRun.newDistrict();
    String d = district.districtId();
    List<String> firstImport = importCsv(d, legacyRows(universe), adminRows(universe));
    Imported imported =
        new Imported(
            firstImport.subList(0, universe.legacy()),
            firstImport.subList(universe.legacy(), firstImport.size()),
            List.of());
    boolean ownThresholds = applyThresholds(d, scenario.thresholds());

    ScenarioRun first = ScenarioRun.of(district.nextEmpty(), universe, scenario.first(), imported);
    SweepExpectation firstExpected = applyAndCheck(d, first);
    imported =
        new Imported(
            imported.legacy(),
            imported.districtAdmins(),
            importCsv(d, schoolAdminRows(d, universe), List.of()));
    if (!ownThresholds) {
      applyThresholds(d, scenario.thresholds());
    }
    ScenarioRun second =
        ScenarioRun.of(first.run().nextEmpty(), universe, scenario.second(), imported);
    SweepExpectation secondExpected = applyAndCheck(d, second);
    checkEarlierAfterLater(first, firstExpected, second);
    ScenarioRun third =
        ScenarioRun.of(second.run().nextEmpty(), universe, scenario.third(), imported);
    SweepExpectation thirdExpected = applyAndCheck(d, third);
    checkEarlierAfterLater(second, secondExpected, third);

    List<String> applied = RosterDb.snapshot(d);
    List<String> runs = runsOf(d);
    for (ScenarioRun run : List.of(first, second, third)) {
      RunSender.send(run.messages());
    }
    Runs.drain(d);
    assertThat(RosterDb.snapshot(d)).as("the roster after replaying the runs").isEqualTo(applied);
    assertThat(runsOf(d)).as("the runs after replaying them").isEqualTo(runs);

    Statistics.label("first run").collect(firstExpected.outcome());
    Statistics.label("second run").collect(secondExpected.outcome());
    Statistics.label("third run").collect(thirdExpected.outcome());
    Statistics.label("second run settled by the third").collect(secondExpected.settledBy(third));
  }

  @Provide
  Arbitrary<GuardScenario> scenarios() {
    return GuardScenario.scenarios();
  }

  private static SweepExpectation applyAndCheck(String d, ScenarioRun run) {
    RosterPicture before = RosterPicture.of(d);
    SweepExpectation expected = SweepExpectation.of(before, run, RosterPicture.thresholdsOf(d));
    RunSender.send(run.messages());
    String runId = run.run().runId();
    assertThat(Runs.awaitFinished(runId)).as("state of %s", runId).isEqualTo(expected.state());

    RosterPicture after = RosterPicture.of(d);
    for (EntityType type : SWEPT) {
      assertThat(after.active().get(type))
          .as("active %s rows after %s run", type, run.fate())
          .isEqualTo(expected.active(type));
    }
    assertThat(RosterPicture.heldBy(runId)).as("held deletions").isEqualTo(expected.held());
    assertThat(after.manualRows()).as("MANUAL accounts and roles").isEqualTo(before.manualRows());
    assertThat(cleverRoles(after.manualAccountRoles()))
        .as("Clever roles of MANUAL accounts")
        .isEqualTo(expected.manualAccountCleverRoles());
    if (run.fate() != GuardScenario.Fate.COMPLETE) {
      assertThat(after.activeRoles()).as("roles").containsAll(before.activeRoles());
    }
    checkReport(Runs.report(runId), expected);
    return expected;
  }

  /**
   * A run once the next one applied: a complete next run settled its held deletions (superseded,
   * the run completed, its report saying by which run); otherwise it is as it was, but for held
   * enrollments the next run listed again.
   */
  private static void checkEarlierAfterLater(
      ScenarioRun earlier, SweepExpectation expected, ScenarioRun later) {
    String runId = earlier.run().runId();
    assertThat(RosterDb.runState(runId))
        .as("state of %s after the next run", runId)
        .isEqualTo(expected.stateAfter(later));
    assertThat(RosterPicture.heldBy(runId))
        .as("deletions %s still holds after the next run", runId)
        .isEqualTo(expected.heldAfter(later));
    RunReport report = Runs.report(runId);
    if (!expected.settledBy(later)) {
      checkReport(report, expected);
      return;
    }
    assertThat(report.held()).as("held deletions of a settled run").isEmpty();
    assertThat(report.entities().values()).allSatisfy(c -> assertThat(c.held()).isZero());
    assertThat(report.notes())
        .last()
        .asString()
        .startsWith("held deletions superseded by run " + later.run().runId() + " at ");
  }

  /** The district's runs as stored (but whether their reports went out yet). */
  private static List<String> runsOf(String d) {
    return RosterDb.rows(
        "select id, state, complete, finished_at, approved_by, report::text from roster_run"
            + " where district_id = ? and id not like 'marker-%' order by started_at",
        d);
  }

  private static java.util.Set<String> cleverRoles(java.util.Set<String> roles) {
    return new java.util.TreeSet<>(roles.stream().filter(r -> r.endsWith("/CLEVER")).toList());
  }

  private static void checkReport(RunReport report, SweepExpectation expected) {
    for (EntityType type : SWEPT) {
      EntityCounts counts = report.entities().getOrDefault(type, EntityCounts.NONE);
      assertThat(counts.softDeleted())
          .as("%s soft-deleted", type)
          .isEqualTo(expected.softDeleted(type));
      assertThat(counts.held()).as("%s held", type).isEqualTo(expected.heldCount(type));
    }
    assertThat(report.held())
        .extracting(h -> new SweepExpectation.Held(h.entityType(), h.count(), h.active()))
        .as("the report's held deletions")
        .containsExactlyElementsOf(expected.heldList());
    assertThat(report.held()).allSatisfy(GuardPropertiesIT::sampleIsBounded);
  }

  private static void sampleIsBounded(HeldDeletions held) {
    assertThat(held.sample()).hasSize((int) Math.min(20, held.count()));
  }

  private static List<String> legacyRows(Universe u) {
    List<String> rows = new ArrayList<>();
    for (int k = 1; k <= u.legacy(); k++) {
      rows.add("legacy" + k + ",legacy,,Lee,Gacy" + k);
    }
    return rows;
  }

  private static List<String> adminRows(Universe u) {
    List<String> rows = new ArrayList<>();
    for (int k = 1; k <= u.districtAdmins(); k++) {
      rows.add("dadmin" + k + ",district_admin,,Dee,Admin" + k);
    }
    return rows;
  }

  /** School admins at the district's active schools (none when it has none). */
  private static List<String> schoolAdminRows(String d, Universe u) {
    List<String> schools =
        RosterDb.rows(
            "select clever_id from school where district_id = ? and deleted_at is null"
                + " order by clever_id",
            d);
    List<String> rows = new ArrayList<>();
    for (int k = 1; k <= u.schoolAdmins() && !schools.isEmpty(); k++) {
      rows.add("sadmin" + k + ",school_admin," + schools.get(k % schools.size()) + ",Sam,Admin");
    }
    return rows;
  }

  /** Imports the rows through the HTTP API; returns the account of each row, in order. */
  private static List<String> importCsv(String d, List<String> rows, List<String> more) {
    List<String> all = new ArrayList<>(rows);
    all.addAll(more);
    if (all.isEmpty()) {
      return List.of();
    }
    return given()
        .auth()
        .oauth2(Tokens.operator())
        .contentType("text/csv")
        .body("username,role,school_id,first_name,last_name\n" + String.join("\n", all) + "\n")
        .post("/districts/{d}/imports/admins", d)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("accountIds", String.class);
  }

  /** Sets the district's own thresholds once it exists; returns whether they are set. */
  private static boolean applyThresholds(String d, Thresholds thresholds) {
    if (thresholds == null
        || RosterDb.count("select count(*) from district where id = ?", d) == 0) {
      return false;
    }
    given()
        .auth()
        .oauth2(Tokens.operator())
        .contentType("application/json")
        .body(
            Map.of(
                "guardMaxPercent", thresholds.maxPercent(),
                "guardMinRecords", thresholds.minRecords()))
        .put("/districts/{d}/settings", d)
        .then()
        .statusCode(200);
    return true;
  }
}
