package io.rosterbridge.events.report;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a run explains itself: counts per entity, conflicts, held deletions, licence use, timings per
 * stage and, for a first connection's preview, the onboarding answers (else null).
 *
 * <p>{@code conflictCounts} counts the run's conflicts per reason. On {@code roster.sync-reports}
 * the report lists only the first conflicts ({@link #withConflictsListedUpTo}) so that a district
 * with thousands still fits in one Kafka message; the counts stay whole, and the writer's stored
 * report lists every conflict. Null or empty counts are those of the conflicts listed.
 */
public record RunReport(
    String runId,
    String districtId,
    SyncTrigger trigger,
    SyncMode mode,
    RunState state,
    Instant startedAt,
    Instant finishedAt,
    Map<EntityType, EntityCounts> entities,
    List<ReportedConflict> conflicts,
    List<HeldDeletions> held,
    LicenceUse licences,
    List<StageTiming> stages,
    OnboardingAnswers onboarding,
    List<String> notes,
    Map<ConflictReason, Integer> conflictCounts) {

  public RunReport {
    entities = entities == null ? Map.of() : Map.copyOf(entities);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    conflictCounts =
        conflictCounts == null || conflictCounts.isEmpty()
            ? countByReason(conflicts)
            : Map.copyOf(conflictCounts);
    held = held == null ? List.of() : List.copyOf(held);
    stages = stages == null ? List.of() : List.copyOf(stages);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** How many conflicts the run had, listed here or not. */
  public int conflictTotal() {
    return Math.max(
        conflicts.size(), conflictCounts.values().stream().mapToInt(Integer::intValue).sum());
  }

  /** The same report listing at most {@code limit} conflicts, the first ones; counts unchanged. */
  public RunReport withConflictsListedUpTo(int limit) {
    if (conflicts.size() <= limit) {
      return this;
    }
    return new RunReport(
        runId,
        districtId,
        trigger,
        mode,
        state,
        startedAt,
        finishedAt,
        entities,
        conflicts.subList(0, limit),
        held,
        licences,
        stages,
        onboarding,
        notes,
        conflictCounts);
  }

  private static Map<ConflictReason, Integer> countByReason(List<ReportedConflict> conflicts) {
    Map<ConflictReason, Integer> counts = new EnumMap<>(ConflictReason.class);
    conflicts.stream()
        .filter(c -> c.reason() != null)
        .forEach(c -> counts.merge(c.reason(), 1, Integer::sum));
    return Map.copyOf(counts);
  }
}
