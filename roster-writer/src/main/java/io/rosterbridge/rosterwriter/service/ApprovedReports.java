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

/** Rewrites a held run's report once its deletions are approved: held counts become decisions. */
final class ApprovedReports {

  private ApprovedReports() {}

  /** Updates the run (state, approval, report) so the relay publishes the new report. */
  static void apply(RosterRun run, Map<String, Long> decided, String actor, Instant at) {
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
    List<String> notes = new ArrayList<>(old.notes());
    notes.add(
        "held deletions approved by "
            + actor
            + " at "
            + at
            + ": "
            + applied
            + " soft-deleted, "
            + superseded
            + " no longer lacking or already gone");
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
    run.approvedAt = at;
    run.approvedBy = actor;
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
