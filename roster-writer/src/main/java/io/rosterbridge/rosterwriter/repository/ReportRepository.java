package io.rosterbridge.rosterwriter.repository;

import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.report.ReportedConflict;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The facts a run report needs from the database: conflicts, licence use, notes, onboarding. */
@ApplicationScoped
public class ReportRepository {

  /** Licence seats of a district (null = not set) and its active students and staff. */
  public record Seats(Long studentSeats, long students, Long staffSeats, long staff) {}

  /** Every user the matcher reported in this run, by Clever user id. */
  public List<ReportedConflict> conflicts(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.script("run-conflicts")
        .list(
            connection,
            params,
            row ->
                new ReportedConflict(
                    row.getString(1),
                    row.getString(2),
                    ConflictReason.valueOf(row.getString(3)),
                    row.getString(4)));
  }

  /** Seats and active accounts holding them (staff = any role but student). */
  public Seats seats(Connection connection, Map<String, ?> params) throws SQLException {
    return Sql.script("licence-use")
        .list(
            connection,
            params,
            row ->
                new Seats(
                    (Long) row.getObject(1, Long.class),
                    row.getLong(2),
                    (Long) row.getObject(3, Long.class),
                    row.getLong(4)))
        .get(0);
  }

  /** Active accounts an admin restored that this (full) run still lacks: kept as overrides. */
  public List<String> keptOverrides(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.script("kept-overrides").list(connection, params, row -> row.getString(1));
  }

  /** Accounts that were admin overrides and are in Clever again. */
  public List<String> overridesEnded(Connection connection) throws SQLException {
    return Sql.of(
            "select account_id from tmp_account_change where was_override order by account_id")
        .list(connection, Map.of(), row -> row.getString(1));
  }

  /** Section members of the run whose Clever user has no account here (skipped). */
  public long unresolvedMembers(Connection connection, Map<String, ?> params) throws SQLException {
    return Sql.script("unresolved-members").counts(connection, params).getOrDefault("n", 0L);
  }

  /** True when the district never had a complete full run: its first sync is a connection. */
  public boolean firstConnection(Connection connection, Map<String, ?> params) throws SQLException {
    return Sql.script("complete-full-runs").counts(connection, params).getOrDefault("n", 0L) == 0;
  }

  /** Active accounts of the district per source. */
  public Map<String, Long> activeAccountsBySource(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.of(
            "select source, count(*) from account where district_id = :district"
                + " and deleted_at is null group by source")
        .counts(connection, params);
  }

  /** The run's resolved users per matcher outcome. */
  public Map<String, Long> outcomes(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.of(
            "select outcome, count(*) from (select distinct on (clever_user_id) outcome"
                + " from stage_user where run_id = :run order by clever_user_id) u group by outcome")
        .counts(connection, params);
  }
}
