package io.rosterbridge.rosterwriter.repository;

import io.rosterbridge.events.clever.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Refreshes the planner's statistics of the roster tables a run changed in bulk, once the apply
 * committed, so that the publishing of its accounts and the next runs are planned for the tables as
 * they now are. Autovacuum analyzes a table only some time after a bulk change, and not at all
 * where it is switched off; until then a district's first run of 100,000 users is planned as if its
 * tables were empty. (Inside the apply, an ANALYZE would hold its lock until the commit and
 * serialise concurrent applies.)
 */
@ApplicationScoped
public class RosterStatistics {

  /** Rows written to one table from which its statistics are refreshed. */
  public static final long BULK_CHANGE = 5_000;

  private static final Map<EntityType, List<String>> TABLES =
      Map.of(
          EntityType.SECTION, List.of("section"),
          EntityType.USER, List.of("account", "account_role"),
          EntityType.ENROLLMENT, List.of("enrollment"));

  /** The tables of the entity types of which a run wrote {@link #BULK_CHANGE} rows or more. */
  public List<String> bulkChanged(ToLongFunction<EntityType> written) {
    List<String> tables = new ArrayList<>();
    for (EntityType type : List.of(EntityType.SECTION, EntityType.USER, EntityType.ENROLLMENT)) {
      if (written.applyAsLong(type) >= BULK_CHANGE) {
        tables.addAll(TABLES.get(type));
      }
    }
    return tables;
  }

  /** Analyzes the tables. */
  public void refresh(Connection connection, List<String> tables) throws SQLException {
    if (!tables.isEmpty()) {
      Sql.of("analyze " + String.join(", ", tables)).execute(connection);
    }
  }
}
