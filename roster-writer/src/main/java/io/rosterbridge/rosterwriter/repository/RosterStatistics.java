package io.rosterbridge.rosterwriter.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Refreshes the planner's statistics of roster tables a run changed in bulk, inside the apply's
 * transaction, so that the statements after it (the next merges, the sweep, the report, the
 * publishing of accounts) are planned for the tables as they now are. Autovacuum analyzes a table
 * only some time after a bulk change, and not at all where it is switched off; until then a
 * district's first run of 100,000 users is planned as if its tables were empty.
 */
@ApplicationScoped
public class RosterStatistics {

  /** Rows changed in one table from which its statistics are refreshed. */
  public static final long BULK_CHANGE = 5_000;

  /** Analyzes {@code tables} when {@code changedRows} reach {@link #BULK_CHANGE}. */
  public void refreshAfter(Connection connection, long changedRows, List<String> tables)
      throws SQLException {
    if (changedRows >= BULK_CHANGE) {
      Sql.of("analyze " + String.join(", ", tables)).execute(connection);
    }
  }
}
