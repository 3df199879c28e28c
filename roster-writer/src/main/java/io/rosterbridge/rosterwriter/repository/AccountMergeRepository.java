package io.rosterbridge.rosterwriter.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Merges a run's resolved users into accounts and their Clever roles, and its section members into
 * enrollments, each with one statement over the staged rows.
 */
@ApplicationScoped
public class AccountMergeRepository {

  /**
   * Applies accounts and roles; in a complete run a present user's Clever roles are replaced by the
   * run's. Returns the accounts per kind of change (role changes count as UPDATED), and as
   * MANAGED_AGAIN how many of them an admin had restored and the run made Clever-managed again.
   */
  public Map<String, Long> mergeAccounts(
      Connection connection, boolean complete, Map<String, ?> params) throws SQLException {
    Sql.script("merge-accounts").counts(connection, params);
    Sql.script("merge-roles").update(connection, params);
    if (complete) {
      Sql.script("sweep-roles").update(connection, params);
    }
    Sql.script("bump-role-changes").update(connection, params);
    return Sql.of(
            """
            select kind, count(*) from tmp_account_change group by kind
            union all
            select 'MANAGED_AGAIN', count(*) from tmp_account_change where was_override
            """)
        .counts(connection, Map.of());
  }

  /** Applies enrollments; returns them per kind of change. */
  public Map<String, Long> mergeEnrollments(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.script("merge-enrollments").counts(connection, params);
  }
}
