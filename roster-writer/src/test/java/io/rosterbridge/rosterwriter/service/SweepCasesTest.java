package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.HeldDeletions;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.service.csv.AdminImport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sweep cases of the roster-writer issue, on real PostgreSQL and Kafka. */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class SweepCasesTest {

  @Inject HeldApproval approval;
  @Inject AccountAdmin admin;
  @Inject AdminImport imports;

  private static String[] students(String prefix, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + i).toArray(String[]::new);
  }

  private static TestRun withStudents(TestRun run, String school, String... ids) {
    for (String id : ids) {
      run.user(student(id, school));
    }
    return run;
  }

  private static List<String> activeEnrollments(String district) {
    return RosterDb.rows(
        "select s.clever_id, a.clever_user_id from enrollment e join section s on s.id = e.section_id"
            + " join account a on a.id = e.account_id where e.district_id = ? and e.deleted_at is null"
            + " order by 1, 2",
        district);
  }

  @Test
  void oneSectionsRosterEmptiesWhileTheOthersStay() {
    TestRun first = TestRun.newDistrict().school("s1").term("t1").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 12));
    first.section("a", "s1", "t1", "tch", students("u", 1, 4));
    first.section("b", "s1", "t1", "tch", students("u", 5, 8));
    first.section("c", "s1", "t1", "tch", students("u", 9, 12));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");

    TestRun second = first.next().section("a", "s1", "t1", null);
    assertThat(Runs.apply(second)).isEqualTo("COMPLETED");

    assertThat(activeEnrollments(first.districtId()))
        .containsExactly(
            "b|tch", "b|u5", "b|u6", "b|u7", "b|u8", "c|tch", "c|u10", "c|u11", "c|u12", "c|u9");
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment e join section s on s.id = e.section_id where s.clever_id = 'a' and e.district_id = ? and e.deleted_at is not null",
                first.districtId()))
        .isEqualTo(5);
    RunReport report = Runs.report(second.runId());
    assertThat(report.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(0, 0, 10, 0, 5, 0));
    assertThat(report.entities().get(EntityType.SECTION))
        .isEqualTo(new EntityCounts(0, 0, 3, 0, 0, 0));
    assertThat(report.held()).isEmpty();
  }

  @Test
  void theWholeDistrictEmptyingTripsTheGuardAndNothingIsSoftDeleted() {
    TestRun first = TestRun.newDistrict().school("s1").term("t1").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 25));
    first.section("a", "s1", "t1", "tch", students("u", 1, 25));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    List<String> before =
        RosterDb.snapshot(first.districtId()).stream().filter(r -> !r.startsWith("audit")).toList();

    TestRun empty = first.next().without("s1", "t1", "a", "tch").without(students("u", 1, 25));
    assertThat(Runs.apply(empty)).isEqualTo("HELD");

    assertThat(
            RosterDb.count(
                "select count(*) from account where district_id = ? and deleted_at is null",
                first.districtId()))
        .isEqualTo(26);
    assertThat(activeEnrollments(first.districtId())).hasSize(26);
    assertThat(
            RosterDb.rows(
                "select clever_id, deleted_at from school where district_id = ?",
                first.districtId()))
        .containsExactly("s1|-");
    RunReport report = Runs.report(empty.runId());
    assertThat(report.held())
        .extracting(HeldDeletions::entityType, HeldDeletions::count, HeldDeletions::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityType.SCHOOL, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.TERM, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.SECTION, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.USER, 26L, 26L),
            org.assertj.core.groups.Tuple.tuple(EntityType.ENROLLMENT, 26L, 26L));
    assertThat(report.entities().values()).allSatisfy(c -> assertThat(c.softDeleted()).isZero());
    assertThat(RosterDb.count("select count(*) from held_deletion where run_id = ?", empty.runId()))
        .isEqualTo(55);
    List<String> after =
        RosterDb.snapshot(first.districtId()).stream()
            .filter(
                r -> !r.startsWith("audit") && !r.startsWith("held") && !r.startsWith("district"))
            .toList();
    assertThat(after).isEqualTo(before.stream().filter(r -> !r.startsWith("district")).toList());
  }

  @Test
  void aSmallDistrictWhoseCleverRosterEmptiesBesideAManualAdminKeepsEveryUser() {
    TestRun first = TestRun.newDistrict().school("s1").term("t1").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 11));
    first.section("a", "s1", "t1", "tch", students("u", 1, 11));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    String d = first.districtId();
    imports.importCsv(
        d,
        "username,role,school_id\nboss,district_admin,\n".getBytes(StandardCharsets.UTF_8),
        "ops@rosterbridge");

    TestRun empty = first.nextEmpty();
    assertThat(Runs.apply(empty)).isEqualTo("HELD");

    assertThat(
            RosterDb.rows(
                "select source, status, count(*) from account where district_id = ?"
                    + " group by source, status order by source",
                d))
        .containsExactly("CLEVER|ACTIVE|12", "MANUAL|ACTIVE|1");
    assertThat(activeEnrollments(d)).hasSize(12);
    RunReport report = Runs.report(empty.runId());
    assertThat(report.held())
        .extracting(HeldDeletions::entityType, HeldDeletions::count, HeldDeletions::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityType.SCHOOL, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.TERM, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.SECTION, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(EntityType.USER, 12L, 12L),
            org.assertj.core.groups.Tuple.tuple(EntityType.ENROLLMENT, 12L, 12L));
    assertThat(report.entities().values()).allSatisfy(c -> assertThat(c.softDeleted()).isZero());
    assertThat(
            RosterDb.rows(
                "select entity_type, count(*) from held_deletion where run_id = ?"
                    + " group by entity_type order by entity_type",
                empty.runId()))
        .containsExactly("ENROLLMENT|12", "SCHOOL|1", "SECTION|1", "TERM|1", "USER|12");
  }

  @Test
  void termRolloverAppliesNewEnrollmentsHoldsRemovalsAndApprovalAppliesThem() {
    TestRun first = TestRun.newDistrict().school("s1").term("fall").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 32));
    first.section("old", "s1", "fall", "tch", students("u", 1, 32));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");

    TestRun rollover =
        first
            .next()
            .term("spring")
            .section("old", "s1", "fall", "tch")
            .section("new", "s1", "spring", "tch", students("u", 1, 32));
    assertThat(Runs.apply(rollover)).isEqualTo("HELD");

    String d = first.districtId();
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment e join section s on s.id = e.section_id where e.district_id = ? and s.clever_id = 'new' and e.deleted_at is null",
                d))
        .isEqualTo(33);
    assertThat(
            RosterDb.count(
                "select count(*) from enrollment e join section s on s.id = e.section_id where e.district_id = ? and s.clever_id = 'old' and e.deleted_at is null",
                d))
        .isEqualTo(33);
    RunReport held = Runs.report(rollover.runId());
    assertThat(held.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(33, 0, 1, 0, 0, 32));
    assertThat(held.held()).hasSize(1);
    assertThat(held.held().get(0).entityType()).isEqualTo(EntityType.ENROLLMENT);
    assertThat(held.held().get(0).count()).isEqualTo(32);
    assertThat(held.held().get(0).active()).isEqualTo(33);
    assertThat(held.held().get(0).sample()).hasSize(20).contains("old/u1", "old/u10");

    HeldApproval.Approval result = approval.approve(rollover.runId(), "ops@rosterbridge");

    assertThat(result.decided()).isEqualTo(Map.of("ENROLLMENT APPLIED", 32L));
    assertThat(activeEnrollments(d))
        .filteredOn(r -> r.startsWith("old|"))
        .containsExactly("old|tch");
    assertThat(RosterDb.runState(rollover.runId())).isEqualTo("COMPLETED");
    RunReport approved = Runs.report(rollover.runId());
    assertThat(approved.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(33, 0, 1, 0, 32, 0));
    assertThat(approved.held()).isEmpty();
  }

  @Test
  void approvalLeavesTheEnrollmentsALaterRunListsAgain() {
    TestRun first = TestRun.newDistrict().school("s1").term("fall").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 32));
    first.section("oldA", "s1", "fall", "tch", students("u", 1, 16));
    first.section("oldB", "s1", "fall", "tch", students("u", 17, 32));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    TestRun rollover =
        first
            .next()
            .term("spring")
            .section("oldA", "s1", "fall", "tch")
            .section("oldB", "s1", "fall", "tch")
            .section("new", "s1", "spring", "tch", students("u", 1, 32));
    assertThat(Runs.apply(rollover)).isEqualTo("HELD");
    TestRun oldAListedAgain =
        rollover
            .nextEmpty()
            .mode(SyncMode.INCREMENTAL)
            .section("oldA", "s1", "fall", "tch", students("u", 1, 16));
    assertThat(Runs.apply(oldAListedAgain)).isEqualTo("COMPLETED");

    HeldApproval.Approval result = approval.approve(rollover.runId(), "ops@rosterbridge");

    assertThat(result.decided())
        .isEqualTo(Map.of("ENROLLMENT APPLIED", 16L, "ENROLLMENT SUPERSEDED", 16L));
    String d = first.districtId();
    assertThat(activeEnrollments(d).stream().filter(r -> r.startsWith("old")).toList())
        .containsExactly(
            "oldA|tch",
            "oldA|u1",
            "oldA|u10",
            "oldA|u11",
            "oldA|u12",
            "oldA|u13",
            "oldA|u14",
            "oldA|u15",
            "oldA|u16",
            "oldA|u2",
            "oldA|u3",
            "oldA|u4",
            "oldA|u5",
            "oldA|u6",
            "oldA|u7",
            "oldA|u8",
            "oldA|u9",
            "oldB|tch");
    assertThat(
            RosterDb.rows(
                "select s.clever_id, h.status, count(*) from held_deletion h"
                    + " join enrollment e on e.id = h.entity_id::bigint"
                    + " join section s on s.id = e.section_id"
                    + " where h.run_id = ? group by s.clever_id, h.status order by 1",
                rollover.runId()))
        .containsExactly("oldA|SUPERSEDED|16", "oldB|APPLIED|16");
    RunReport approved = Runs.report(rollover.runId());
    assertThat(approved.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(33, 0, 2, 0, 16, 0));
    assertThat(approved.held()).isEmpty();
    assertThat(RosterDb.runState(rollover.runId())).isEqualTo("COMPLETED");
  }

  @Test
  void approvingAnIncrementalRunsHeldRemovalsAppliesThoseNoLaterRunHasAgain() {
    TestRun first = TestRun.newDistrict().school("s1").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 30));
    assertThat(Runs.apply(first)).isEqualTo("COMPLETED");
    TestRun removals = first.nextEmpty().mode(SyncMode.INCREMENTAL);
    for (String id : students("u", 1, 25)) {
      removals.removed(EntityType.USER, id);
    }
    assertThat(Runs.apply(removals)).isEqualTo("HELD");
    TestRun u1Again = removals.nextEmpty().mode(SyncMode.INCREMENTAL).user(student("u1", "s1"));
    assertThat(Runs.apply(u1Again)).isEqualTo("COMPLETED");

    HeldApproval.Approval result = approval.approve(removals.runId(), "ops@rosterbridge");

    assertThat(result.decided()).isEqualTo(Map.of("USER APPLIED", 24L, "USER SUPERSEDED", 1L));
    String d = first.districtId();
    assertThat(
            RosterDb.rows(
                "select clever_user_id from account where district_id = ? and deleted_at is not null"
                    + " order by clever_user_id",
                d))
        .containsExactlyInAnyOrder(students("u", 2, 25));
    assertThat(status(first.accountOf("u1"))).isEqualTo("ACTIVE|false");
    assertThat(
            RosterDb.count(
                "select count(*) from account where district_id = ? and deleted_at is null", d))
        .isEqualTo(7);
    assertThat(RosterDb.runState(removals.runId())).isEqualTo("COMPLETED");
    RunReport approved = Runs.report(removals.runId());
    assertThat(approved.entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(0, 0, 0, 0, 24, 0));
    assertThat(approved.held()).isEmpty();
  }

  @Test
  void anAccountAnAdminRestoredStaysActiveUntilCleverHasItAgain() {
    TestRun first = TestRun.newDistrict().school("s1").user(teacher("tch", "s1"));
    withStudents(first, "s1", students("u", 1, 4));
    Runs.apply(first);
    String u3 = first.accountOf("u3");
    TestRun lacking = first.next().without("u3");
    assertThat(Runs.apply(lacking)).isEqualTo("COMPLETED");
    assertThat(status(u3)).isEqualTo("DELETED|false");

    admin.restore(u3, "admin@district");
    assertThat(status(u3)).isEqualTo("ACTIVE|true");

    TestRun stillLacking = lacking.next();
    assertThat(Runs.apply(stillLacking)).isEqualTo("COMPLETED");
    assertThat(status(u3)).isEqualTo("ACTIVE|true");
    assertThat(Runs.report(stillLacking.runId()).notes())
        .containsExactly(
            "account " + u3 + " is not in Clever but stays active: an admin restored it");

    TestRun reappears = stillLacking.next().user(student("u3", "s1"));
    Runs.apply(reappears);
    assertThat(status(u3)).isEqualTo("ACTIVE|false");
    assertThat(Runs.report(reappears.runId()).notes())
        .containsExactly("account " + u3 + " is in Clever again and Clever-managed again");

    TestRun lackingAgain = reappears.next().without("u3");
    Runs.apply(lackingAgain);
    assertThat(status(u3)).isEqualTo("DELETED|false");
  }

  @Test
  void aStudentMovingSchoolsKeepsTheAccountAndItsHistory() {
    TestRun first =
        TestRun.newDistrict()
            .school("s1")
            .school("s2")
            .term("t1")
            .user(teacher("t1", "s1"))
            .user(teacher("t2", "s2"))
            .user(student("kim", "s1"))
            .section("c1", "s1", "t1", "t1", "kim")
            .section("c2", "s2", "t1", "t2");
    Runs.apply(first);
    String kim = first.accountOf("kim");

    TestRun moved =
        first
            .next()
            .user(student("kim", "s2"))
            .section("c1", "s1", "t1", "t1")
            .section("c2", "s2", "t1", "t2", "kim");
    assertThat(Runs.apply(moved)).isEqualTo("COMPLETED");

    assertThat(
            RosterDb.rows(
                "select role, school_id, deleted_at is null from account_role where account_id = ? order by school_id",
                kim))
        .containsExactly("STUDENT|s1|false", "STUDENT|s2|true");
    assertThat(
            RosterDb.rows(
                "select s.clever_id, e.role, e.deleted_at is null from enrollment e join section s on s.id = e.section_id where e.account_id = ? order by 1",
                kim))
        .containsExactly("c1|STUDENT|false", "c2|STUDENT|true");
    assertThat(
            RosterDb.rows(
                "select id, status, version from account where clever_user_id = 'kim' and district_id = ?",
                first.districtId()))
        .containsExactly(kim + "|ACTIVE|2");
    RunReport report = Runs.report(moved.runId());
    assertThat(report.entities().get(EntityType.USER))
        .isEqualTo(new EntityCounts(0, 1, 2, 0, 0, 0));
    assertThat(report.entities().get(EntityType.ENROLLMENT))
        .isEqualTo(new EntityCounts(1, 0, 2, 0, 1, 0));
  }

  private static String status(String accountId) {
    return RosterDb.rows("select status, admin_override from account where id = ?", accountId)
        .get(0);
  }
}
