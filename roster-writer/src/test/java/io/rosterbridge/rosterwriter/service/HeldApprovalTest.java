package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.testsupport.TestPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Approvals of one run's held deletions that arrive together: one applies, the other is told. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class HeldApprovalTest {

  @Inject HeldApproval approval;

  @Test
  void twoApprovalsAtOnceApplyTheDeletionsOnceAndTheSecondFindsTheRunDecided() throws Exception {
    TestRun first = TestRun.newDistrict().school("s1").term("fall").user(teacher("tch", "s1"));
    String[] students = IntStream.rangeClosed(1, 32).mapToObj(i -> "u" + i).toArray(String[]::new);
    for (String id : students) {
      first.user(student(id, "s1"));
    }
    first.section("old", "s1", "fall", "tch", students);
    Runs.apply(first);
    TestRun rollover =
        first
            .next()
            .term("spring")
            .section("old", "s1", "fall", "tch")
            .section("new", "s1", "spring", "tch", students);
    assertThat(Runs.apply(rollover)).isEqualTo("HELD");
    String d = first.districtId();

    List<Object> outcomes = new ArrayList<>();
    ExecutorService operators = Executors.newFixedThreadPool(2);
    try (Connection blocker =
        DriverManager.getConnection(TestPostgres.database(RosterDb.DATABASE))) {
      // holding the district's enrollments keeps the first approval open until both have started
      blocker.setAutoCommit(false);
      try (PreparedStatement lock =
          blocker.prepareStatement("select id from enrollment where district_id = ? for update")) {
        lock.setString(1, d);
        lock.executeQuery().close();
      }
      List<Future<Object>> approvals =
          List.of(
              operators.submit(() -> attempt(rollover.runId(), "ops-a")),
              operators.submit(() -> attempt(rollover.runId(), "ops-b")));
      await().atMost(Duration.ofMinutes(2)).until(() -> approvalsWaitingForALock() == 2);
      blocker.commit();
      for (Future<Object> approval : approvals) {
        outcomes.add(approval.get());
      }
    } finally {
      operators.shutdownNow();
    }

    assertThat(outcomes)
        .filteredOn(HeldApproval.Approval.class::isInstance)
        .extracting(o -> ((HeldApproval.Approval) o).decided())
        .containsExactly(Map.of("ENROLLMENT APPLIED", 32L));
    assertThat(outcomes)
        .filteredOn(String.class::isInstance)
        .containsExactly("run " + rollover.runId() + " holds no deletions (it is COMPLETED)");
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment where district_id = ? and deleted_at is not null",
                d))
        .isEqualTo(32);
    RunReport report = Runs.report(rollover.runId());
    assertThat(report.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(33, 0, 1, 0, 32, 0));
    String approver =
        RosterDb.rows("select approved_by from roster_run where id = ?", rollover.runId()).get(0);
    assertThat(report.notes())
        .filteredOn(n -> n.startsWith("held deletions approved by"))
        .singleElement()
        .asString()
        .startsWith("held deletions approved by " + approver + " at ")
        .endsWith(": 32 soft-deleted, 0 no longer lacking or already gone");
  }

  /** The approval, or the message of its refusal. */
  private Object attempt(String runId, String actor) {
    try {
      return approval.approve(runId, actor);
    } catch (RunNotHeldException e) {
      return e.getMessage();
    }
  }

  /**
   * Sessions blocked on the run's row (the second approval) or on its enrollments (the first);
   * other work of the writer waiting for a lock elsewhere does not count.
   */
  private static long approvalsWaitingForALock() {
    return RosterDb.count(
        "select count(*) from pg_stat_activity"
            + " where datname = current_database() and wait_event_type = 'Lock'"
            + " and (query ilike '%roster_run%' or query ilike '%enrollment%')");
  }
}
