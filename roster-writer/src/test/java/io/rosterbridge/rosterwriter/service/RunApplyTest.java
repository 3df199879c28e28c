package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.SampleDistricts;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WriterTestProfile.class)
class RunApplyTest {

  @Test
  void appliesAFullRunAndReportsWhatItCreated() {
    TestRun run = SampleDistricts.small();
    String d = run.districtId();

    assertThat(Runs.apply(run)).isEqualTo("COMPLETED");

    assertThat(
            RosterDb.rows(
                "select clever_id, name, last_seen_run, deleted_at from school where district_id = ? order by clever_id",
                d))
        .containsExactly(
            "s1|School s1|" + run.runId() + "|-", "s2|School s2|" + run.runId() + "|-");
    assertThat(
            RosterDb.rows(
                "select id, clever_user_id, username, username_key, source, status, version from account where district_id = ? order by clever_user_id",
                d))
        .containsExactly(
            run.accountOf("tch1") + "|tch1|tch1|tch1|CLEVER|ACTIVE|1",
            run.accountOf("tch2") + "|tch2|tch2|tch2|CLEVER|ACTIVE|1",
            run.accountOf("u1") + "|u1|u1|u1|CLEVER|ACTIVE|1",
            run.accountOf("u2") + "|u2|u2|u2|CLEVER|ACTIVE|1",
            run.accountOf("u3") + "|u3|u3|u3|CLEVER|ACTIVE|1");
    assertThat(
            RosterDb.rows(
                "select a.clever_user_id, r.role, r.school_id, r.source from account_role r join account a on a.id = r.account_id where a.district_id = ? and r.deleted_at is null order by 1",
                d))
        .containsExactly(
            "tch1|TEACHER|s1|CLEVER",
            "tch2|TEACHER|s2|CLEVER",
            "u1|STUDENT|s1|CLEVER",
            "u2|STUDENT|s1|CLEVER",
            "u3|STUDENT|s2|CLEVER");
    assertThat(
            RosterDb.rows(
                "select s.clever_id, a.clever_user_id, e.role, e.is_primary from enrollment e join section s on s.id = e.section_id join account a on a.id = e.account_id where e.district_id = ? and e.deleted_at is null order by 1, 2",
                d))
        .containsExactly(
            "sec1|tch1|TEACHER|true",
            "sec1|u1|STUDENT|false",
            "sec1|u2|STUDENT|false",
            "sec2|tch2|TEACHER|true",
            "sec2|u3|STUDENT|false");

    RunReport report = Runs.report(run.runId());
    assertThat(report.state()).isEqualTo(RunState.COMPLETED);
    assertThat(report.entities())
        .isEqualTo(
            Map.of(
                EntityType.DISTRICT, new EntityCounts(1, 0, 0, 0, 0, 0),
                EntityType.SCHOOL, new EntityCounts(2, 0, 0, 0, 0, 0),
                EntityType.TERM, new EntityCounts(1, 0, 0, 0, 0, 0),
                EntityType.COURSE, new EntityCounts(1, 0, 0, 0, 0, 0),
                EntityType.SECTION, new EntityCounts(2, 0, 0, 0, 0, 0),
                EntityType.USER, new EntityCounts(5, 0, 0, 0, 0, 0),
                EntityType.ENROLLMENT, new EntityCounts(5, 0, 0, 0, 0, 0)));
    assertThat(report.licences().activeStudents()).isEqualTo(3);
    assertThat(report.licences().activeStaff()).isEqualTo(2);
    assertThat(report.stages())
        .extracting(s -> s.stage())
        .containsExactly("receive", "merge", "sweep", "report");
  }

  @Test
  void keepsNamesAndUsernamesOfAnyLengthWhole() {
    String longName = "Ap".repeat(160);
    String longUsername = "student.".repeat(40) + "x";
    TestRun run =
        SampleDistricts.small().user(student("u4", "s1").lastName(longName).named(longUsername));
    String d = run.districtId();

    assertThat(Runs.apply(run)).isEqualTo("COMPLETED");

    assertThat(
            RosterDb.rows(
                "select last_name, username from account where district_id = ? and clever_user_id = 'u4'",
                d))
        .containsExactly(longName + "|" + longUsername);
  }

  @Test
  void accountsAndClassesAreNeverDeletedSoEveryEnrollmentKeepsItsAccountAndClass() {
    TestRun run = SampleDistricts.small();
    String d = run.districtId();
    assertThat(Runs.apply(run)).isEqualTo("COMPLETED");

    assertThatThrownBy(() -> RosterDb.execute("delete from account where district_id = ?", d))
        .hasMessageContaining("account rows are soft-deleted (deleted_at), never deleted");
    assertThatThrownBy(() -> RosterDb.execute("delete from section where district_id = ?", d))
        .hasMessageContaining("section rows are soft-deleted (deleted_at), never deleted");
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment e join section s on s.id = e.section_id"
                    + " join account a on a.id = e.account_id where e.district_id = ?",
                d))
        .isEqualTo(5);
  }
}
