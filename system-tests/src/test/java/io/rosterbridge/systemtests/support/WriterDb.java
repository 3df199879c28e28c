package io.rosterbridge.systemtests.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Read-only queries on roster-writer's database: counts and a checksum of one district's roster.
 */
public final class WriterDb {

  /**
   * One district's roster, in a stable order, without what differs between equal outcomes (row ids
   * of classes and enrollments, run ids, timestamps other than whether a row is deleted).
   */
  private static final String CHECKSUM =
      """
      select md5(string_agg(line, E'\\n' order by line)) from (
        select 'school|' || clever_id || '|' || coalesce(name, '') || '|' || (deleted_at is null) as line
          from school where district_id = ?1
        union all
        select 'section|' || clever_id || '|' || coalesce(name, '') || '|' || coalesce(school_id, '')
               || '|' || (deleted_at is null)
          from section where district_id = ?1
        union all
        select 'account|' || coalesce(clever_user_id, '') || '|' || coalesce(username, '') || '|'
               || source || '|' || status
          from account where district_id = ?1
        union all
        select 'role|' || coalesce(a.clever_user_id, a.username) || '|' || r.role || '|'
               || coalesce(r.school_id, '') || '|' || r.source || '|' || (r.deleted_at is null)
          from account_role r join account a on a.id = r.account_id where a.district_id = ?1
        union all
        select 'enrollment|' || s.clever_id || '|' || a.clever_user_id || '|' || e.role || '|'
               || (e.deleted_at is null)
          from enrollment e join section s on s.id = e.section_id join account a on a.id = e.account_id
         where e.district_id = ?1
      ) roster
      """
          .replace("?1", "?");

  private final String url;

  WriterDb(String host, int port, String database) {
    this.url = "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=postgres";
  }

  /** The checksum of the district's roster tables. */
  public String checksum(String districtId) {
    return single(CHECKSUM, districtId, districtId, districtId, districtId, districtId);
  }

  /** The number a query returns (one row, one column). */
  public long count(String sql, Object... params) {
    return Long.parseLong(single(sql, params));
  }

  /** The text a query returns (one row, one column), or null. */
  public String text(String sql, Object... params) {
    return single(sql, params);
  }

  /** The id of the district's latest run, or null. */
  public String latestRun(String districtId) {
    return single(
        "select max(id) filter (where started_at = (select max(started_at) from roster_run where district_id = ?))"
            + " from roster_run where district_id = ?",
        districtId,
        districtId);
  }

  /** The state of a run (RUNNING, COMPLETED, HELD, FAILED), or null. */
  public String runState(String runId) {
    return single("select max(state) from roster_run where id = ?", runId);
  }

  private String single(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }
}
