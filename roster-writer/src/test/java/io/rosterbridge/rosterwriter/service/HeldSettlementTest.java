package io.rosterbridge.rosterwriter.service;

import static io.restassured.RestAssured.given;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.RunSender;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.Tokens;
import io.rosterbridge.testsupport.KafkaTestClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A held run is settled without an operator by a later complete full run of its district, which
 * decides afresh what Clever lacks; incremental runs, previews and incomplete runs settle nothing.
 */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class HeldSettlementTest {

  private static final String[] GONE = students(1, 25);
  private static final String[] STAYING = students(26, 30);

  @Inject HeldApproval approval;

  private static String[] students(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "u" + i).toArray(String[]::new);
  }

  /** A district of a teacher and 30 students, all in one class. */
  private static TestRun district() {
    TestRun run = TestRun.newDistrict().school("s1").term("fall").user(teacher("tch", "s1"));
    for (String id : students(1, 30)) {
      run.user(student(id, "s1"));
    }
    return run.section("c1", "s1", "fall", "tch", students(1, 30));
  }

  /** The next full run without 25 of the students: the guard holds them and their enrollments. */
  private static TestRun lackingMost(TestRun previous) {
    TestRun lacking = previous.next().without(GONE).section("c1", "s1", "fall", "tch", STAYING);
    assertThat(Runs.apply(lacking)).isEqualTo("HELD");
    return lacking;
  }

  private static List<String> heldDeletions(String runId) {
    return RosterDb.rows(
        "select entity_type, status, count(*), count(decided_at) from held_deletion"
            + " where run_id = ? group by entity_type, status order by 1, 2",
        runId);
  }

  private static List<String> runRow(String runId) {
    return RosterDb.rows(
        "select state, approved_by, approved_at from roster_run where id = ?", runId);
  }

  private static List<String> deletedAccounts(String d) {
    return RosterDb.rows(
        "select clever_user_id from account where district_id = ? and deleted_at is not null"
            + " order by clever_user_id",
        d);
  }

  private static long activeEnrollments(String d) {
    return RosterDb.count(
        "select count(*) from enrollment where district_id = ? and deleted_at is null", d);
  }

  private static List<String> settlementAudit(String d) {
    return RosterDb.rows(
        "select run_id, entity_type, entity_id, action, actor, detail from audit_log"
            + " where district_id = ? and action = 'HELD_SUPERSEDED' order by id",
        d);
  }

  private static List<String> runsOf(String d) {
    return RosterDb.rows(
        "select id, state, complete, finished_at, approved_by, report::text from roster_run"
            + " where district_id = ? order by started_at",
        d);
  }

  private static String note(RunReport report, String prefix) {
    return report.notes().stream().filter(n -> n.startsWith(prefix)).findFirst().orElse(null);
  }

  @Test
  void aLaterFullRunWithTheUsersBackSettlesTheHeldRunAndDeletesNothing() {
    TestRun first = district();
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    String d = first.districtId();
    TestRun lacking = lackingMost(first);
    assertThat(Runs.report(lacking.runId()).entities())
        .containsEntry(EntityType.USER, new EntityCounts(0, 0, 6, 0, 0, 25))
        .containsEntry(EntityType.ENROLLMENT, new EntityCounts(0, 0, 6, 0, 0, 25));

    TestRun back = first.next();
    assertThat(Runs.apply(back)).isEqualTo("COMPLETED");

    assertThat(runRow(lacking.runId())).containsExactly("COMPLETED|-|-");
    assertThat(heldDeletions(lacking.runId()))
        .containsExactly("ENROLLMENT|SUPERSEDED|25|25", "USER|SUPERSEDED|25|25");
    assertThat(heldDeletions(back.runId())).isEmpty();
    assertThat(deletedAccounts(d)).isEmpty();
    assertThat(activeEnrollments(d)).isEqualTo(31);
    assertThat(settlementAudit(d))
        .containsExactly(
            back.runId()
                + "|RUN|"
                + lacking.runId()
                + "|HELD_SUPERSEDED|sync|50 held deletions superseded by run "
                + back.runId());

    RunReport settled = Runs.report(lacking.runId());
    assertThat(settled.state()).isEqualTo(RunState.COMPLETED);
    assertThat(settled.held()).isEmpty();
    assertThat(settled.entities())
        .containsEntry(EntityType.USER, new EntityCounts(0, 0, 6, 0, 0, 0))
        .containsEntry(EntityType.ENROLLMENT, new EntityCounts(0, 0, 6, 0, 0, 0));
    assertThat(note(settled, "held deletions superseded by run " + back.runId() + " at "))
        .endsWith(
            ": that later complete full run decided afresh what Clever lacks;"
                + " 50 held deletions of this run no longer wait for approval");
    RunReport later = Runs.report(back.runId());
    assertThat(later.held()).isEmpty();
    assertThat(later.notes())
        .containsExactly(
            "run "
                + lacking.runId()
                + " no longer holds deletions: this run decided afresh what it held");

    ConsumerRecord<String, byte[]> republished =
        KafkaTestClient.awaitRecord(
            Topics.SYNC_REPORTS,
            r ->
                d.equals(r.key())
                    && "io.rosterbridge.report.RunCompleted"
                        .equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                    && lacking.runId().equals(read(r).runId()),
            Runs.WAIT);
    assertThat(read(republished).report()).usingRecursiveComparison().isEqualTo(settled);

    List<String> roster = RosterDb.snapshot(d);
    List<String> runs = runsOf(d);
    RunSender.send(back.messages());
    Runs.drain(d);
    assertThat(RosterDb.snapshot(d)).as("the roster after a replay").isEqualTo(roster);
    assertThat(runsOf(d).subList(0, 3)).as("the runs after a replay").isEqualTo(runs);
  }

  @Test
  void aLaterFullRunStillLackingTheUsersHoldsThemItselfAndItsApprovalDeletesThem() {
    TestRun first = district();
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    String d = first.districtId();
    TestRun lacking = lackingMost(first);

    TestRun stillLacking = lacking.next();
    assertThat(Runs.apply(stillLacking)).isEqualTo("HELD");

    assertThat(runRow(lacking.runId())).containsExactly("COMPLETED|-|-");
    assertThat(heldDeletions(lacking.runId()))
        .containsExactly("ENROLLMENT|SUPERSEDED|25|25", "USER|SUPERSEDED|25|25");
    assertThat(runRow(stillLacking.runId())).containsExactly("HELD|-|-");
    assertThat(heldDeletions(stillLacking.runId()))
        .containsExactly("ENROLLMENT|HELD|25|0", "USER|HELD|25|0");
    assertThat(deletedAccounts(d)).isEmpty();
    assertThat(settlementAudit(d))
        .containsExactly(
            stillLacking.runId()
                + "|RUN|"
                + lacking.runId()
                + "|HELD_SUPERSEDED|sync|50 held deletions superseded by run "
                + stillLacking.runId());
    assertThat(Runs.report(stillLacking.runId()).entities())
        .containsEntry(EntityType.USER, new EntityCounts(0, 0, 6, 0, 0, 25))
        .containsEntry(EntityType.ENROLLMENT, new EntityCounts(0, 0, 6, 0, 0, 25));

    HeldApproval.Approval approved = approval.approve(stillLacking.runId(), "ops@rosterbridge");

    assertThat(approved.decided())
        .isEqualTo(Map.of("USER APPLIED", 25L, "ENROLLMENT APPLIED", 25L));
    assertThat(deletedAccounts(d)).containsExactlyInAnyOrder(GONE);
    assertThat(activeEnrollments(d)).isEqualTo(6);
    assertThat(runRow(stillLacking.runId())).singleElement().asString().startsWith("COMPLETED|");
    assertThat(heldDeletions(lacking.runId()))
        .containsExactly("ENROLLMENT|SUPERSEDED|25|25", "USER|SUPERSEDED|25|25");
  }

  @Test
  void laterIncrementalRunsPreviewsAndIncompleteRunsLeaveAHeldRunHeld() {
    TestRun first = TestRun.newDistrict().school("s1").user(teacher("tch", "s1"));
    for (String id : students(1, 30)) {
      first.user(student(id, "s1"));
    }
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    String d = first.districtId();
    TestRun removals = first.nextEmpty().mode(SyncMode.INCREMENTAL);
    for (String id : GONE) {
      removals.removed(EntityType.USER, id);
    }
    assertThat(Runs.apply(removals)).isEqualTo("HELD");

    TestRun incremental =
        removals.nextEmpty().mode(SyncMode.INCREMENTAL).user(student("u30", "s1"));
    assertThat(Runs.apply(incremental)).isEqualTo("COMPLETED");
    TestRun preview = first.next().mode(SyncMode.PREVIEW);
    assertThat(Runs.apply(preview)).isEqualTo("COMPLETED");
    TestRun incomplete = first.next().claimCount(EntityType.USER, 32);
    assertThat(Runs.apply(incomplete)).isEqualTo("FAILED");

    assertThat(runRow(removals.runId())).containsExactly("HELD|-|-");
    assertThat(heldDeletions(removals.runId())).containsExactly("USER|HELD|25|0");
    assertThat(Runs.report(removals.runId()).held()).hasSize(1);
    assertThat(deletedAccounts(d)).isEmpty();
    assertThat(settlementAudit(d)).isEmpty();
    for (TestRun later : List.of(incremental, preview, incomplete)) {
      assertThat(note(Runs.report(later.runId()), "run " + removals.runId())).isNull();
    }
  }

  @Test
  void approvingASettledRunAnswers409AndChangesNothing() {
    TestRun first = district();
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    String d = first.districtId();
    TestRun lacking = lackingMost(first);
    assertThat(Runs.apply(first.next())).isEqualTo("COMPLETED");
    List<String> roster = RosterDb.snapshot(d);
    List<String> runs = runsOf(d);

    given()
        .auth()
        .oauth2(Tokens.operator())
        .post("/runs/{r}/approve", lacking.runId())
        .then()
        .statusCode(409)
        .body(
            "message", equalTo("run " + lacking.runId() + " holds no deletions (it is COMPLETED)"));

    assertThat(RosterDb.snapshot(d)).isEqualTo(roster);
    assertThat(runsOf(d)).isEqualTo(runs);
    assertThat(runRow(lacking.runId())).containsExactly("COMPLETED|-|-");
  }

  private static RunCompleted read(ConsumerRecord<String, byte[]> record) {
    try {
      return EventJson.mapper().readValue(record.value(), RunCompleted.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
