package io.rosterbridge.rosterwriter.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Merges a run's staged district, schools, terms, courses and sections into the roster: one
 * statement per type classifies every staged record (created, updated, unchanged, restored),
 * inserts, updates, restores, stamps the last-seen run and audits the changes.
 */
@ApplicationScoped
public class EntityMergeRepository {

  /** A Clever-managed table merged by Clever id, with its data columns. */
  public enum Merged {
    SCHOOL("school", "stage_school", "name", "sis_id", "school_number", "low_grade", "high_grade"),
    TERM("term", "stage_term", "name", "start_date", "end_date"),
    COURSE("course", "stage_course", "name", "number"),
    SECTION(
        "section",
        "stage_section",
        "school_id",
        "term_id",
        "course_id",
        "name",
        "period",
        "subject",
        "grade");

    private final String table;
    private final Sql merge;

    Merged(String table, String stage, String... columns) {
      this.table = table;
      this.merge = Sql.of(mergeText(name(), table, stage, List.of(columns)));
    }

    /** The roster table. */
    public String table() {
      return table;
    }
  }

  /**
   * Creates the district row if missing and takes name and state from the run's district record;
   * returns CREATED, UPDATED or UNCHANGED, or null when the run carried no district record.
   */
  public String mergeDistrict(Connection connection, Map<String, ?> params) throws SQLException {
    int created = Sql.script("ensure-district").update(connection, params);
    int updated = Sql.script("merge-district").update(connection, params);
    boolean staged = !Sql.script("staged-district").counts(connection, params).isEmpty();
    if (!staged) {
      return null;
    }
    return created > 0 ? "CREATED" : updated > 0 ? "UPDATED" : "UNCHANGED";
  }

  /** Merges one type; returns the number of staged records per kind of change. */
  public Map<String, Long> merge(Connection connection, Merged type, Map<String, ?> params)
      throws SQLException {
    return type.merge.counts(connection, params);
  }

  private static String mergeText(String type, String table, String stage, List<String> cols) {
    String columns = String.join(", ", cols);
    String target = "(" + prefixed("t.", cols) + ")";
    String source = "(" + prefixed("src.", cols) + ")";
    String assign = String.join(", ", cols.stream().map(c -> c + " = c." + c).toList());
    return """
        with src as (
            select distinct on (clever_id) clever_id, %2$s
            from %4$s where run_id = :run
            order by clever_id
        ), cls as (
            select src.*, t.id as target_id,
                   case when t.id is null then 'CREATED'
                        when t.deleted_at is not null then 'RESTORED'
                        when %5$s is distinct from %6$s then 'UPDATED'
                        else 'UNCHANGED' end as kind
            from src left join %3$s t on t.district_id = :district and t.clever_id = src.clever_id
        ), inserted as (
            insert into %3$s (district_id, clever_id, %2$s, last_seen_run, created_at, updated_at)
            select :district, clever_id, %2$s, :run, :now, :now from cls where kind = 'CREATED'
        ), updated as (
            update %3$s t
            set %7$s, deleted_at = null, last_seen_run = :run,
                updated_at = case when c.kind = 'UNCHANGED' then t.updated_at else :now end
            from cls c where t.id = c.target_id
        ), audited as (
            insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, at)
            select :district, :run, '%1$s', clever_id, kind, 'sync', :now
            from cls where kind <> 'UNCHANGED'
        )
        select kind, count(*) from cls group by kind
        """
        .formatted(type, columns, table, stage, target, source, assign);
  }

  private static String prefixed(String prefix, List<String> cols) {
    return String.join(", ", cols.stream().map(c -> prefix + c).toList());
  }
}
