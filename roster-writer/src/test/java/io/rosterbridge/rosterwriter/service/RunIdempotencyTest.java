package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.RunSender;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.SampleDistricts;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-delivered messages, replayed runs and unchanged nights change nothing. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class RunIdempotencyTest {

  @Test
  void replayingAWholeAppliedRunChangesNothing() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    TestRun lacking = run.next().without("u3");
    Runs.apply(lacking);
    List<String> before = RosterDb.snapshot(run.districtId());
    String reportBefore =
        RosterDb.rows("select report::text from roster_run where id = ?", lacking.runId()).get(0);

    RunSender.send(run.messages());
    RunSender.send(lacking.messages());
    Runs.drain(run.districtId());

    assertThat(RosterDb.snapshot(run.districtId())).isEqualTo(before);
    assertThat(RosterDb.rows("select report::text from roster_run where id = ?", lacking.runId()))
        .containsExactly(reportBefore);
  }

  @Test
  void everyMessageDeliveredTwiceGivesTheSameRosterAsOnce() {
    TestRun run = SampleDistricts.small();
    RunSender.sendEachTwice(run.messages());
    assertThat(Runs.awaitFinished(run.runId())).isEqualTo("COMPLETED");

    RunReport report = Runs.report(run.runId());
    assertThat(report.entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(5, 0, 0, 0, 0, 0));
    assertThat(report.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(5, 0, 0, 0, 0, 0));
    assertThat(
            RosterDb.count("select count(*) from account where district_id = ?", run.districtId()))
        .isEqualTo(5);
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment where district_id = ?", run.districtId()))
        .isEqualTo(5);
    assertThat(
            RosterDb.count("select count(*) from processed_message where run_id = ?", run.runId()))
        .isEqualTo(2);
  }

  @Test
  void anUnchangedNightReportsEverythingUnchangedAndOnlyStampsTheRun() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    TestRun again = run.next();
    assertThat(Runs.apply(again)).isEqualTo("COMPLETED");

    RunReport report = Runs.report(again.runId());
    assertThat(report.entities())
        .isEqualTo(
            Map.of(
                EntityType.DISTRICT, new EntityCounts(0, 0, 1, 0, 0, 0),
                EntityType.SCHOOL, new EntityCounts(0, 0, 2, 0, 0, 0),
                EntityType.TERM, new EntityCounts(0, 0, 1, 0, 0, 0),
                EntityType.COURSE, new EntityCounts(0, 0, 1, 0, 0, 0),
                EntityType.SECTION, new EntityCounts(0, 0, 2, 0, 0, 0),
                EntityType.USER, new EntityCounts(0, 0, 5, 0, 0, 0),
                EntityType.ENROLLMENT, new EntityCounts(0, 0, 5, 0, 0, 0)));
    assertThat(
            RosterDb.rows(
                "select distinct version, last_seen_run from account where district_id = ?",
                run.districtId()))
        .containsExactly("1|" + again.runId());
  }

  @Test
  void aFailedRunAppliesAndSweepsNothing() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    List<String> before = RosterDb.snapshot(run.districtId());
    TestRun failing = run.next().without("u3").user(student("u1", "s1").named("u1-renamed"));
    List<io.rosterbridge.events.RosterChangesMessage> messages =
        new java.util.ArrayList<>(failing.messages());
    messages.set(
        messages.size() - 1,
        new RunFailed(
            failing.runId(),
            run.districtId(),
            RunStage.FETCH,
            RunFailureReason.SERVER_ERROR,
            "Clever answered 503",
            Instant.now()));

    RunSender.send(messages);

    assertThat(Runs.awaitFinished(failing.runId())).isEqualTo("FAILED");
    assertThat(RosterDb.snapshot(run.districtId())).isEqualTo(before);
    assertThat(
            RosterDb.rows(
                "select failure_stage, failure_reason, failure_message from roster_run where id = ?",
                failing.runId()))
        .containsExactly("FETCH|SERVER_ERROR|Clever answered 503");
    assertThat(RosterDb.count("select count(*) from stage_user where run_id = ?", failing.runId()))
        .isZero();
  }

  @Test
  void anIncompleteRunAppliesUpsertsButSweepsNothing() {
    TestRun run = SampleDistricts.small();
    Runs.apply(run);
    TestRun incomplete =
        run.next()
            .without("u3")
            .user(student("u1", "s1").named("u1-renamed"))
            .claimCount(EntityType.USER, 5);

    assertThat(Runs.apply(incomplete)).isEqualTo("FAILED");

    assertThat(
            RosterDb.rows(
                "select clever_user_id, username, status from account where district_id = ? order by 1",
                run.districtId()))
        .containsExactly(
            "tch1|tch1|ACTIVE",
            "tch2|tch2|ACTIVE",
            "u1|u1-renamed|ACTIVE",
            "u2|u2|ACTIVE",
            "u3|u3|ACTIVE");
    assertThat(
            RosterDb.rows(
                "select failure_stage, failure_reason, failure_message, complete from roster_run where id = ?",
                incomplete.runId()))
        .containsExactly(
            "WRITE|INCOMPLETE_RUN|received 4 of 5 USER records; nothing was swept|false");
    RunReport report = Runs.report(incomplete.runId());
    assertThat(report.entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(0, 1, 3, 0, 0, 0));
    assertThat(report.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(0, 0, 5, 0, 0, 0));
    assertThat(report.notes()).containsExactly("received 4 of 5 USER records; nothing was swept");
  }
}
