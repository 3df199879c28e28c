package io.rosterbridge.rosterwriter.repository;

import java.util.List;

/** The staging tables a run's records are copied into before the merges, with their columns. */
public enum StageTable {
  DISTRICT("stage_district", "run_id", "clever_id", "name", "state"),
  SCHOOL(
      "stage_school",
      "run_id",
      "clever_id",
      "name",
      "sis_id",
      "school_number",
      "low_grade",
      "high_grade"),
  TERM("stage_term", "run_id", "clever_id", "name", "start_date", "end_date"),
  COURSE("stage_course", "run_id", "clever_id", "name", "number"),
  SECTION(
      "stage_section",
      "run_id",
      "clever_id",
      "school_id",
      "term_id",
      "course_id",
      "name",
      "period",
      "subject",
      "grade"),
  ENROLLMENT("stage_enrollment", "run_id", "section_id", "clever_user_id", "role", "is_primary"),
  USER(
      "stage_user",
      "run_id",
      "clever_user_id",
      "account_id",
      "username",
      "username_key",
      "outcome",
      "conflict_reason",
      "conflict_message",
      "first_name",
      "middle_name",
      "last_name",
      "previous_username",
      "previous_clever_user_id"),
  USER_ROLE("stage_user_role", "run_id", "clever_user_id", "role", "school_id"),
  REMOVAL("stage_removal", "run_id", "entity_type", "clever_id");

  private final String table;
  private final List<String> columns;

  StageTable(String table, String... columns) {
    this.table = table;
    this.columns = List.of(columns);
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The columns in COPY order; the first is always {@code run_id}. */
  public List<String> columns() {
    return columns;
  }
}
