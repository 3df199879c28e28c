package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.OnboardingAnswers;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A PREVIEW computes the whole report, and for a first connection the onboarding answers. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class PreviewTest {

  private static void legacyAccount(String district, String id, String username) {
    RosterDb.execute(
        "insert into account (id, district_id, username, username_key, source, status, version, created_at, updated_at)"
            + " values (?, ?, ?, lower(?), 'LEGACY', 'ACTIVE', 1, now(), now())",
        id,
        district,
        username,
        username);
  }

  @Test
  void aFirstConnectionsPreviewAnswersTheOnboardingQuestionsAndWritesNothing() {
    TestRun run =
        TestRun.newDistrict()
            .school("s1")
            .term("t1")
            .user(teacher("tch", "s1"))
            .user(student("u1", "s1"))
            .section("c1", "s1", "t1", "tch", "u1")
            .mode(SyncMode.PREVIEW);
    String d = run.districtId();
    RosterDb.execute(
        "insert into district (id, student_seats, staff_seats, created_at, updated_at) values (?, 0, 5, now(), now())",
        d);
    legacyAccount(d, "legacy-jdoe", "JDoe");
    legacyAccount(d, "legacy-gone", "gone");
    run.user(teacher("tch", "s1").linkedTo("legacy-jdoe"));
    List<String> before = RosterDb.snapshot(d);

    assertThat(Runs.apply(run)).isEqualTo("COMPLETED");

    assertThat(RosterDb.snapshot(d)).isEqualTo(before);
    RunReport report = Runs.report(run.runId());
    assertThat(report.mode()).isEqualTo(SyncMode.PREVIEW);
    assertThat(report.state()).isEqualTo(RunState.COMPLETED);
    assertThat(report.entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(1, 1, 0, 0, 1, 0));
    assertThat(report.entities().get(EntityType.SCHOOL))
        .isEqualTo(new EntityCounts(1, 0, 0, 0, 0, 0));
    assertThat(report.onboarding())
        .isEqualTo(new OnboardingAnswers(2, 2, 0, false, 1, 1, Map.of(EntityType.USER, 1L)));
    assertThat(report.licences().warnings())
        .containsExactly("1 active students exceed 0 student seats");
    assertThat(report.notes()).containsExactly("preview: nothing was written to the roster");
    assertThat(RosterDb.count("select count(*) from stage_user where run_id = ?", run.runId()))
        .isZero();
  }
}
