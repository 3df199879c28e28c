package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.rosterwriter.service.GuardScenario.Thresholds;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a district's roster holds at one moment, read from PostgreSQL: the active rows per entity
 * type (as a run names them), the accounts a sweep must never touch, every MANUAL account and role,
 * and every active role.
 *
 * @param protectedAccounts MANUAL accounts and accounts an admin restored
 * @param manualAccounts MANUAL accounts
 * @param manualRows MANUAL accounts (all they may not lose to a sync) and MANUAL roles
 */
record RosterPicture(
    Map<EntityType, Set<String>> active,
    Set<String> protectedAccounts,
    Set<String> manualAccounts,
    List<String> manualRows,
    Set<String> manualAccountRoles,
    Set<String> activeRoles) {

  private static final Map<EntityType, String> ACTIVE =
      Map.of(
          EntityType.SCHOOL, byCleverId("school"),
          EntityType.TERM, byCleverId("term"),
          EntityType.COURSE, byCleverId("course"),
          EntityType.SECTION, byCleverId("section"),
          EntityType.USER, "select id from account where district_id = ? and deleted_at is null",
          EntityType.ENROLLMENT,
              "select s.clever_id || '/' || a.clever_user_id from enrollment e"
                  + " join section s on s.id = e.section_id join account a on a.id = e.account_id"
                  + " where e.district_id = ? and e.deleted_at is null");

  private static final String ROLES =
      "select r.account_id || '/' || r.role || '/' || coalesce(r.school_id, '-') || '/' || r.source"
          + " from account_role r join account a on a.id = r.account_id"
          + " where a.district_id = ? and r.deleted_at is null";

  /** The district's roster now. */
  static RosterPicture of(String districtId) {
    Map<EntityType, Set<String>> active = new EnumMap<>(EntityType.class);
    ACTIVE.forEach((type, sql) -> active.put(type, new TreeSet<>(RosterDb.rows(sql, districtId))));
    List<String> manual =
        new java.util.ArrayList<>(
            RosterDb.rows(
                "select id, username, username_key, source, status, first_name, middle_name,"
                    + " last_name, admin_override, deleted_at from account"
                    + " where district_id = ? and source = 'MANUAL' order by id",
                districtId));
    manual.addAll(
        RosterDb.rows(
            "select r.account_id, r.role, r.school_id, r.created_at, r.updated_at, r.deleted_at"
                + " from account_role r join account a on a.id = r.account_id"
                + " where a.district_id = ? and r.source = 'MANUAL'"
                + " order by r.account_id, r.role, r.school_id",
            districtId));
    return new RosterPicture(
        active,
        new TreeSet<>(
            RosterDb.rows(
                "select id from account where district_id = ?"
                    + " and (source = 'MANUAL' or admin_override)",
                districtId)),
        new TreeSet<>(
            RosterDb.rows(
                "select id from account where district_id = ? and source = 'MANUAL'", districtId)),
        manual,
        new TreeSet<>(RosterDb.rows(ROLES + " and a.source = 'MANUAL'", districtId)),
        new TreeSet<>(RosterDb.rows(ROLES, districtId)));
  }

  /** The district's own thresholds where it has them, else the writer's defaults (10 %, 20). */
  static Thresholds thresholdsOf(String districtId) {
    List<String> own =
        RosterDb.rows(
            "select coalesce(guard_max_percent, 10), coalesce(guard_min_records, 20)"
                + " from district where id = ?",
            districtId);
    if (own.isEmpty()) {
      return new Thresholds(10, 20);
    }
    String[] values = own.get(0).split("\\|");
    return new Thresholds(new BigDecimal(values[0]).intValueExact(), Integer.parseInt(values[1]));
  }

  /** The deletions a run holds, per type, named as {@link #active()} names rows. */
  static Map<EntityType, Set<String>> heldBy(String runId) {
    Map<EntityType, Set<String>> held = new EnumMap<>(EntityType.class);
    for (String row :
        RosterDb.rows(
            "select h.entity_type, coalesce(s.clever_id || '/' || a.clever_user_id, h.entity_id)"
                + " from held_deletion h"
                + " left join enrollment e on e.id = case when h.entity_type = 'ENROLLMENT'"
                + " then h.entity_id::bigint end"
                + " left join section s on s.id = e.section_id"
                + " left join account a on a.id = e.account_id"
                + " where h.run_id = ? and h.status = 'HELD'",
            runId)) {
      String[] parts = row.split("\\|", 2);
      held.computeIfAbsent(EntityType.valueOf(parts[0]), t -> new TreeSet<>()).add(parts[1]);
    }
    return held;
  }

  private static String byCleverId(String table) {
    return "select clever_id from " + table + " where district_id = ? and deleted_at is null";
  }
}
