package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.rosterwriter.WriterTestProfile;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.fixtures.RunSender;
import io.rosterbridge.rosterwriter.fixtures.Runs;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety within the writer: an apply is one transaction, so a writer dying in the middle of
 * one leaves nothing of it, and the run's messages, delivered again, end in the same roster as an
 * uninterrupted apply. What PostgreSQL sees of a writer killed mid-apply is its session ending
 * before the commit; this test ends the apply's session that way (pg_terminate_backend) while the
 * apply waits, half done, on a row the test locks. The next delivery of {@code RunResolved} (here
 * the writer's retry; after a restart, Kafka's redelivery of the uncommitted batch) applies the run
 * over staged records that arrived twice. Killing the process itself is the system tests' job.
 */
@QuarkusTest
@TestProfile(WriterTestProfile.class)
class CrashSafetyTest {

  /** The first night of a district: 2 schools, 3 classes, a teacher, 30 students. */
  private static TestRun firstNight(TestRun run) {
    run.school("s1").school("s2").term("t1").user(teacher("tch", "s1"));
    IntStream.rangeClosed(1, 30).forEach(i -> run.user(student("u" + i, i <= 20 ? "s1" : "s2")));
    return run.section("a", "s1", "t1", "tch", ids(1, 10))
        .section("b", "s1", "t1", "tch", ids(11, 15))
        .section("c", "s2", "t1", "tch", ids(21, 30));
  }

  /** The second night: u3 and class b gone, u1 renamed, u31 new, u16 moved to class c. */
  private static TestRun secondNight(TestRun first) {
    List<String> c = new ArrayList<>(List.of(ids(21, 30)));
    c.addAll(List.of("u16", "u31"));
    List<String> a = new ArrayList<>(List.of(ids(1, 10)));
    a.remove("u3");
    return first
        .next()
        .without("u3", "b")
        .user(student("u1", "s1").named("u1.renamed"))
        .user(student("u31", "s2"))
        .section("a", "s1", "t1", "tch", a.toArray(String[]::new))
        .section("c", "s2", "t1", "tch", c.toArray(String[]::new));
  }

  @Test
  void anApplyKilledMidwayLeavesNothingAndTheRedeliveredRunEndsAsIfUninterrupted()
      throws SQLException {
    TestRun reference = firstNight(TestRun.newDistrict());
    Runs.apply(reference);
    TestRun referenceNext = secondNight(reference);
    assertThat(Runs.apply(referenceNext)).isEqualTo("COMPLETED");

    TestRun first = firstNight(TestRun.newDistrict());
    Runs.apply(first);
    TestRun next = secondNight(first);
    List<String> beforeApply = RosterDb.snapshot(first.districtId());
    List<RosterChangesMessage> messages = next.messages();
    List<String> ids =
        IntStream.range(0, messages.size()).mapToObj(i -> "m" + i + "-" + next.runId()).toList();

    try (Connection lock = DriverManager.getConnection(TestPostgres.database(RosterDb.DATABASE))) {
      lock.setAutoCommit(false);
      lockAccount(lock, first.accountOf("u3"));
      RunSender.sendWithIds(withRecordsTwice(messages), withRecordsTwice(ids));
      int applying = awaitBlockedOn(lock);
      assertThat(tablesWrittenBy(lock, applying))
          .as("the apply waits half done: it has merged into (or swept) every roster table")
          .contains("school", "term", "section", "account", "account_role", "enrollment");
      terminate(lock, applying);

      assertThat(RosterDb.snapshot(first.districtId())).isEqualTo(beforeApply);
      assertThat(RosterDb.runState(next.runId())).isEqualTo("RUNNING");
      assertThat(
              RosterDb.count(
                  "select count(*) from processed_message where run_id = ? and event_type = 'RunResolved'",
                  next.runId()))
          .isZero();
      lock.rollback();
    }

    assertThat(Runs.awaitFinished(next.runId())).isEqualTo("COMPLETED");
    List<String> applied = RosterDb.snapshot(first.districtId());
    assertThat(normalized(applied, first, next))
        .isEqualTo(normalized(RosterDb.snapshot(reference.districtId()), reference, referenceNext));
    assertThat(Runs.report(next.runId()).entities())
        .isEqualTo(Runs.report(referenceNext.runId()).entities());
    assertThat(softDeleted(first)).containsExactly("account|" + first.accountOf("u3"), "section|b");

    RunSender.sendWithIds(messages, ids);
    Runs.drain(first.districtId());
    assertThat(RosterDb.snapshot(first.districtId())).isEqualTo(applied);
  }

  private static List<String> softDeleted(TestRun run) {
    return RosterDb.rows(
        "select 'account', id from account where district_id = ? and deleted_at is not null"
            + " union all select 'section', clever_id from section"
            + " where district_id = ? and deleted_at is not null order by 1, 2",
        run.districtId(),
        run.districtId());
  }

  /** The messages with every record sent twice in a row, as a redelivered batch re-stages them. */
  private static <T> List<T> withRecordsTwice(List<T> messages) {
    List<T> twice = new ArrayList<>();
    twice.add(messages.get(0));
    List<T> records = messages.subList(1, messages.size() - 1);
    twice.addAll(records);
    twice.addAll(records);
    twice.add(messages.get(messages.size() - 1));
    return twice;
  }

  private static void lockAccount(Connection lock, String accountId) throws SQLException {
    try (PreparedStatement s =
        lock.prepareStatement("select id from account where id = ? for no key update")) {
      s.setString(1, accountId);
      s.executeQuery().close();
    }
  }

  /** Waits until a session of the writer waits for the lock; returns its pid. */
  private static int awaitBlockedOn(Connection lock) {
    return await()
        .atMost(Runs.WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> blockedBy(lock), pid -> pid != null);
  }

  private static Integer blockedBy(Connection lock) throws SQLException {
    try (PreparedStatement s =
            lock.prepareStatement(
                "select pid from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))");
        ResultSet rows = s.executeQuery()) {
      return rows.next() ? rows.getInt(1) : null;
    }
  }

  /** The tables a session's open transaction has written to (holds a RowExclusiveLock on). */
  private static List<String> tablesWrittenBy(Connection lock, int pid) throws SQLException {
    try (PreparedStatement s =
        lock.prepareStatement(
            "select relation::regclass::text from pg_locks where pid = ?"
                + " and mode = 'RowExclusiveLock' and locktype = 'relation'")) {
      s.setInt(1, pid);
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      return tables;
    }
  }

  private static void terminate(Connection lock, int pid) throws SQLException {
    try (PreparedStatement s = lock.prepareStatement("select pg_terminate_backend(?)")) {
      s.setInt(1, pid);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next() && rows.getBoolean(1)).isTrue();
      }
    }
  }

  /** Rows with the district's and runs' ids and every timestamp replaced, to compare districts. */
  private static List<String> normalized(List<String> rows, TestRun first, TestRun next) {
    UnaryOperator<String> neutral =
        row ->
            row.replace(first.districtId(), "D")
                .replace(first.runId(), "R1")
                .replace(next.runId(), "R2")
                .replaceAll(
                    "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}(:\\d{2})?|Z)?",
                    "T");
    return rows.stream().map(neutral).toList();
  }

  private static String[] ids(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "u" + i).toArray(String[]::new);
  }
}
