package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.EntityCounts;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a held run's report once its held deletions are decided, by an operator's approval or by
 * a later complete full run: held counts become decisions, the run is completed, and the relay
 * publishes the new report.
 */
final class HeldReports {

  private HeldReports() {}

  /** Records an approval: the run's decisions per "TYPE STATUS" (APPLIED or SUPERSEDED). */
  static void approved(RosterRun run, Map<String, Long> decided, String actor, Instant at) {
    RunReport old = RunRecords.report(run);
    Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
    counts.putAll(old.entities());
    long applied = 0;
    long superseded = 0;
    for (Map.Entry<String, Long> entry : decided.entrySet()) {
      String[] typeAndStatus = entry.getKey().split(" ");
      EntityType type = EntityType.valueOf(typeAndStatus[0]);
      boolean isApplied = "APPLIED".equals(typeAndStatus[1]);
      counts.put(
          type, decide(counts.getOrDefault(type, EntityCounts.NONE), entry.getValue(), isApplied));
      applied += isApplied ? entry.getValue() : 0;
      superseded += isApplied ? 0 : entry.getValue();
    }
    String note =
        "held deletions approved by "
            + actor
            + " at "
            + at
            + ": "
            + applied
            + " soft-deleted, "
            + superseded
            + " no longer lacking or already gone";
    run.approvedAt = at;
    run.approvedBy = actor;
    complete(run, old, counts, note);
  }

  /**
   * Records that a later complete full run decided afresh what Clever lacks, so none of the run's
   * held deletions is pending any more ({@code pending} of them were until then).
   */
  static void superseded(RosterRun run, String laterRunId, long pending, Instant at) {
    RunReport old = RunRecords.report(run);
    Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
    old.entities().forEach((type, c) -> counts.put(type, decide(c, c.held(), false)));
    String note =
        "held deletions superseded by run "
            + laterRunId
            + " at "
            + at
            + ": that later complete full run decided afresh what Clever lacks; "
            + pending
            + " held deletions of this run no longer wait for approval";
    complete(run, old, counts, note);
  }

  private static void complete(
      RosterRun run, RunReport old, Map<EntityType, EntityCounts> counts, String note) {
    List<String> notes = new ArrayList<>(old.notes());
    notes.add(note);
    RunReport report =
        new RunReport(
            old.runId(),
            old.districtId(),
            old.trigger(),
            old.mode(),
            RunState.COMPLETED,
            old.startedAt(),
            old.finishedAt(),
            counts,
            old.conflicts(),
            List.of(),
            old.licences(),
            old.stages(),
            old.onboarding(),
            notes,
            old.conflictCounts());
    run.state = RunState.COMPLETED;
    run.report = RunRecords.json(report);
    run.reportPublished = false;
  }

  private static EntityCounts decide(EntityCounts c, long count, boolean applied) {
    return new EntityCounts(
        c.created(),
        c.updated(),
        c.unchanged(),
        c.restored(),
        c.softDeleted() + (applied ? count : 0),
        Math.max(0, c.held() - count));
  }
}
