package io.rosterbridge.events.report;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a run explains itself: counts per entity, conflicts, held deletions, licence use, timings per
 * stage and, for a first connection's preview, the onboarding answers (else null).
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
    List<String> notes) {

  public RunReport {
    entities = entities == null ? Map.of() : Map.copyOf(entities);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    held = held == null ? List.of() : List.copyOf(held);
    stages = stages == null ? List.of() : List.copyOf(stages);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
