package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.rosterwriter.service.GuardScenario.Fate;
import io.rosterbridge.rosterwriter.service.GuardScenario.Thresholds;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What applying a run must leave, worked out from the roster before it and the run alone: a failed
 * run changes nothing; an incomplete run upserts and sweeps nothing; a complete run soft-deletes,
 * per type, exactly the active rows it lacks (never MANUAL or admin-restored accounts), unless the
 * guard holds that type: more than the threshold's percentage of the type's deletable rows and more
 * than its minimum, or every deletable row the type would have left. Deletable rows are the active
 * ones a sweep may delete: MANUAL accounts never, admin-restored ones only once a run has them
 * again. When the guard holds a type, none of it is soft-deleted and all of it is held.
 */
final class SweepExpectation {

  /** One type's held deletions as the report lists them, out of the type's deletable rows. */
  record Held(EntityType type, long count, long active) {}

  private final Fate fate;
  private final Map<EntityType, Set<String>> active = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Set<String>> held = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Long> softDeleted = new EnumMap<>(EntityType.class);
  private final List<Held> heldList = new ArrayList<>();
  private final Set<String> manualAccountCleverRoles;

  private SweepExpectation(RosterPicture before, ScenarioRun run, Thresholds thresholds) {
    this.fate = run.fate();
    for (EntityType type : GuardPropertiesIT.SWEPT) {
      Set<String> was = before.active().get(type);
      Set<String> merged = union(was, run.present(type));
      if (fate == Fate.FAILED) {
        active.put(type, was);
        continue;
      }
      active.put(type, merged);
      if (fate == Fate.INCOMPLETE) {
        continue;
      }
      Set<String> lacking = new TreeSet<>(was);
      lacking.removeAll(run.present(type));
      Set<String> deletableBefore = new TreeSet<>(was);
      Set<String> deletableAfter = new TreeSet<>(merged);
      if (type == EntityType.USER) {
        lacking.removeAll(before.protectedAccounts());
        deletableBefore.removeAll(before.protectedAccounts());
        deletableAfter.removeAll(stillProtected(before, run));
      }
      if (holds(lacking.size(), deletableBefore.size(), deletableAfter.size(), thresholds)) {
        held.put(type, lacking);
        heldList.add(new Held(type, lacking.size(), deletableBefore.size()));
      } else {
        merged.removeAll(lacking);
        softDeleted.put(type, (long) lacking.size());
      }
    }
    this.manualAccountCleverRoles = manualAccountCleverRoles(before, run);
  }

  /**
   * The Clever roles of MANUAL accounts after the run. A run grants a linked account its Clever
   * user's roles (a teacher at s1, as scenarios link them); a complete run takes away those it no
   * longer gives, and those of an account whose Clever user it lacks, unless it holds the users'
   * deletions. MANUAL roles are never touched (see {@code RosterPicture#manualRows}).
   */
  private Set<String> manualAccountCleverRoles(RosterPicture before, ScenarioRun run) {
    Set<String> roles = new TreeSet<>();
    for (String role : before.manualAccountRoles()) {
      String account = role.substring(0, role.indexOf('/'));
      boolean present = run.present(EntityType.USER).contains(account);
      boolean keptWhileAbsent = !present && held.containsKey(EntityType.USER);
      if (role.endsWith("/CLEVER") && (fate != Fate.COMPLETE || keptWhileAbsent)) {
        roles.add(role);
      }
    }
    if (fate != Fate.FAILED) {
      for (String account : run.present(EntityType.USER)) {
        if (before.manualAccounts().contains(account)) {
          roles.add(account + "/TEACHER/s1/CLEVER");
        }
      }
    }
    return roles;
  }

  /** The expectation of applying the run to the roster pictured before it. */
  static SweepExpectation of(RosterPicture before, ScenarioRun run, Thresholds thresholds) {
    return new SweepExpectation(before, run, thresholds);
  }

  /**
   * Accounts no sweep may delete after the run's upserts: MANUAL, or restored and still lacking.
   */
  private static Set<String> stillProtected(RosterPicture before, ScenarioRun run) {
    Set<String> overrides = new TreeSet<>(before.protectedAccounts());
    overrides.removeAll(before.manualAccounts());
    overrides.removeAll(run.present(EntityType.USER));
    Set<String> protectedAfter = new TreeSet<>(before.manualAccounts());
    protectedAfter.addAll(overrides);
    return protectedAfter;
  }

  /** The guard's rule, stated on its own. */
  static boolean holds(long deletions, long deletableBefore, long afterMerge, Thresholds g) {
    if (deletions == 0) {
      return false;
    }
    boolean overThreshold =
        deletions > g.minRecords() && deletions * 100 > (long) g.maxPercent() * deletableBefore;
    return overThreshold || deletions >= afterMerge;
  }

  /** The run's final state. */
  String state() {
    if (fate != Fate.COMPLETE) {
      return "FAILED";
    }
    return held.isEmpty() ? "COMPLETED" : "HELD";
  }

  /**
   * Whether a later run settles this one: this run held deletions and the later one is complete
   * (every scenario run is full), so it decided afresh what Clever lacks.
   */
  boolean settledBy(ScenarioRun later) {
    return !held.isEmpty() && later.fate() == Fate.COMPLETE;
  }

  /** This run's state once the later run applied. */
  String stateAfter(ScenarioRun later) {
    return settledBy(later) ? "COMPLETED" : state();
  }

  /**
   * The deletions this run still holds once the later run applied: none when the later run settled
   * it; else all but the held enrollments the later run lists again (a run failed upstream applies
   * nothing).
   */
  Map<EntityType, Set<String>> heldAfter(ScenarioRun later) {
    Map<EntityType, Set<String>> still = new EnumMap<>(EntityType.class);
    if (settledBy(later)) {
      return still;
    }
    held.forEach(
        (type, ids) -> {
          Set<String> left = new TreeSet<>(ids);
          if (type == EntityType.ENROLLMENT && later.fate() != Fate.FAILED) {
            left.removeAll(later.present(EntityType.ENROLLMENT));
          }
          if (!left.isEmpty()) {
            still.put(type, left);
          }
        });
    return still;
  }

  Set<String> manualAccountCleverRoles() {
    return manualAccountCleverRoles;
  }

  Set<String> active(EntityType type) {
    return active.get(type);
  }

  Map<EntityType, Set<String>> held() {
    return held;
  }

  long softDeleted(EntityType type) {
    return softDeleted.getOrDefault(type, 0L);
  }

  long heldCount(EntityType type) {
    return held.containsKey(type) ? held.get(type).size() : 0;
  }

  List<Held> heldList() {
    return heldList;
  }

  /** A label for the statistics: how the run ended and what its sweep did. */
  String outcome() {
    if (fate != Fate.COMPLETE) {
      return fate.name().toLowerCase(java.util.Locale.ROOT);
    }
    List<String> parts = new ArrayList<>();
    if (!held.isEmpty()) {
      parts.add("held");
    }
    if (softDeleted.values().stream().anyMatch(n -> n > 0)) {
      parts.add("swept");
    }
    return parts.isEmpty() ? "nothing lacking" : String.join(" + ", parts);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new TreeSet<>(a);
    union.addAll(b);
    return union;
  }
}
