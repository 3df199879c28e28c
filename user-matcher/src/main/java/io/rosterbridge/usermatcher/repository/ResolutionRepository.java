package io.rosterbridge.usermatcher.repository;

import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.UserResolved;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The stored {@code UserResolved} events of resolved runs (table {@code run_resolution}). Plain
 * JDBC with batches: a run stores and republishes up to hundreds of thousands of them.
 */
@ApplicationScoped
public class ResolutionRepository {

  private static final int BATCH = 1_000;
  private static final String INSERT =
      "insert into run_resolution"
          + " (run_id, position, clever_user_id, account_id, outcome, conflict_reason, event)"
          + " values (?, ?, ?, ?, ?, ?, ?::jsonb)";

  private final Jdbc jdbc;

  public ResolutionRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the run's events in the order given. */
  public void store(String runId, List<UserResolved> events) {
    jdbc.call(
        c -> {
          try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < events.size(); i++) {
              bind(insert, runId, i, events.get(i));
              insert.addBatch();
              if ((i + 1) % BATCH == 0) {
                insert.executeBatch();
              }
            }
            insert.executeBatch();
            return null;
          }
        });
  }

  private static void bind(PreparedStatement insert, String runId, int position, UserResolved e)
      throws java.sql.SQLException {
    insert.setString(1, runId);
    insert.setInt(2, position);
    insert.setString(3, e.user().id());
    insert.setString(4, e.accountId());
    insert.setString(5, e.outcome().name());
    insert.setString(6, e.conflict() == null ? null : e.conflict().reason().name());
    insert.setString(7, JsonColumns.write(e));
  }

  /** The run's events in the order they were stored. */
  public List<UserResolved> load(String runId) {
    return events("select event from run_resolution where run_id = ? order by position", runId, 0);
  }

  /** Up to {@code limit} events of the run that reported something, in stored order. */
  public List<UserResolved> reported(String runId, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return events(
        "select event from run_resolution where run_id = ? and conflict_reason is not null"
            + " order by position limit ?",
        runId,
        limit);
  }

  /** How many of the run's users got each outcome. */
  public Map<ResolutionOutcome, Long> outcomes(String runId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "select outcome, count(*) from run_resolution where run_id = ? group by outcome")) {
            query.setString(1, runId);
            Map<ResolutionOutcome, Long> counts = new EnumMap<>(ResolutionOutcome.class);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                counts.put(ResolutionOutcome.valueOf(rows.getString(1)), rows.getLong(2));
              }
            }
            return counts;
          }
        });
  }

  /** Deletes the stored events of these runs. */
  public void purge(Collection<String> runIds) {
    if (runIds.isEmpty()) {
      return;
    }
    jdbc.call(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("delete from run_resolution where run_id = any (?)")) {
            Array ids = c.createArrayOf("varchar", runIds.toArray());
            delete.setArray(1, ids);
            return delete.executeUpdate();
          }
        });
  }

  private List<UserResolved> events(String sql, String runId, int limit) {
    return jdbc.call(
        c -> {
          try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setFetchSize(5_000);
            query.setString(1, runId);
            if (limit > 0) {
              query.setInt(2, limit);
            }
            List<UserResolved> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                events.add(JsonColumns.read(rows.getString(1), UserResolved.class));
              }
            }
            return events;
          }
        });
  }
}
