package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunHeld;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.rosterwriter.entity.RosterRun;

/** The {@code roster.sync-reports} message saying how a finished run ended. */
public final class RunMessages {

  /**
   * Conflicts a report lists on the topic; the counts cover all of them, and {@code GET /runs/R}
   * lists every one. Keeps the largest district's report far below Kafka's 1 MiB message limit.
   */
  public static final int CONFLICTS_ON_TOPIC = 200;

  private RunMessages() {}

  /** RunCompleted or RunHeld with the report, or RunFailed with the stage and reason. */
  public static SyncReportsMessage of(RosterRun run) {
    return switch (run.state) {
      case COMPLETED -> new RunCompleted(run.id, run.districtId, onTopic(run));
      case HELD -> new RunHeld(run.id, run.districtId, onTopic(run));
      case FAILED ->
          new RunFailed(
              run.id,
              run.districtId,
              run.failureStage == null ? RunStage.WRITE : run.failureStage,
              run.failureReason == null ? RunFailureReason.INTERNAL_ERROR : run.failureReason,
              run.failureMessage,
              run.finishedAt);
      default -> throw new IllegalStateException("run " + run.id + " has not finished");
    };
  }

  private static RunReport onTopic(RosterRun run) {
    return RunRecords.report(run).withConflictsListedUpTo(CONFLICTS_ON_TOPIC);
  }
}
