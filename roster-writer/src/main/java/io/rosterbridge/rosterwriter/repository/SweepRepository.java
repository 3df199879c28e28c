package io.rosterbridge.rosterwriter.repository;

import io.rosterbridge.events.clever.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Soft-deletes (or holds) what a run lacks. Candidates are collected into {@code tmp_sweep}; each
 * type is then either soft-deleted or held as a whole, as the deletion guard decides.
 */
@ApplicationScoped
public class SweepRepository {

  private static final Map<EntityType, Sql> SOFT_DELETE =
      Map.of(
          EntityType.SCHOOL, softDeleteByCleverId("school"),
          EntityType.TERM, softDeleteByCleverId("term"),
          EntityType.COURSE, softDeleteByCleverId("course"),
          EntityType.SECTION, softDeleteByCleverId("section"),
          EntityType.USER, Sql.script("soft-delete-accounts"),
          EntityType.ENROLLMENT, Sql.script("soft-delete-enrollments"));

  /** Collects the candidates of a complete run: by absence (full) or by removal (incremental). */
  public void collectCandidates(Connection connection, boolean incremental, Map<String, ?> params)
      throws SQLException {
    String script = incremental ? "sweep-candidates-incremental" : "sweep-candidates-full";
    Sql.script(script).update(connection, params);
  }

  /** Candidates per entity type. */
  public Map<String, Long> candidateCounts(Connection connection) throws SQLException {
    return Sql.script("sweep-counts").counts(connection, Map.of());
  }

  /**
   * Rows per entity type a sweep could soft-delete: active ones, and of accounts neither MANUAL nor
   * admin-restored ones.
   */
  public Map<String, Long> deletableCounts(Connection connection, Map<String, ?> params)
      throws SQLException {
    return Sql.script("deletable-counts").counts(connection, params);
  }

  /** Soft-deletes the type's candidates that are still active; returns how many it deleted. */
  public long softDelete(Connection connection, EntityType type, Map<String, ?> params)
      throws SQLException {
    return SOFT_DELETE.get(type).counts(connection, params).getOrDefault(type.name(), 0L);
  }

  /**
   * Removes the Clever roles of MANUAL accounts whose Clever user the complete run no longer has
   * (MANUAL roles stay); returns how many accounts changed, as UPDATED.
   */
  public Map<String, Long> sweepManualCleverRoles(
      Connection connection, boolean incremental, Map<String, Object> params) throws SQLException {
    Map<String, Object> withMode = new java.util.HashMap<>(params);
    withMode.put("incremental", incremental);
    return Sql.script("sweep-manual-clever-roles").counts(connection, withMode);
  }

  /** Records the type's candidates as held deletions of the run. */
  public void hold(Connection connection, EntityType type, Map<String, ?> params)
      throws SQLException {
    Sql.script("hold-deletions").update(connection, params);
  }

  /** Up to {@code limit} of the type's candidates, as ids an operator recognises. */
  public List<String> sample(Connection connection, EntityType type, int limit)
      throws SQLException {
    String script = type == EntityType.ENROLLMENT ? "held-sample-enrollments" : "held-sample";
    return Sql.script(script)
        .list(connection, Map.of("type", type.name(), "limit", limit), row -> row.getString(1));
  }

  private static Sql softDeleteByCleverId(String table) {
    return Sql.of(
        """
        with gone as (
            update %1$s t set deleted_at = :now, updated_at = :now
            from tmp_sweep s
            where s.entity_type = :type and t.district_id = :district
              and t.clever_id = s.entity_id and t.deleted_at is null
            returning t.clever_id
        ), audited as (
            insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, at)
            select :district, :run, :type, clever_id, 'SOFT_DELETED', :actor, :now from gone
        )
        select :type, count(*) from gone
        """
            .formatted(table));
  }
}
