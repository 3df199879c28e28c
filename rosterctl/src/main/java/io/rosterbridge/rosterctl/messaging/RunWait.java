package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterctl.output.ProgressDisplay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the run a command joined: the first {@code roster.run-status} message with the command's
 * id names the run; its progress goes to the display until its report arrives on {@code
 * roster.sync-reports}.
 */
public final class RunWait {

  /** How long a run that reported FAILED progress may take to send its report. */
  static final Duration FAILED_GRACE = Duration.ofSeconds(15);

  private static final Duration POLL = Duration.ofMillis(500);

  private final RunFollower follower;
  private final ProgressDisplay display;
  private final List<SyncReportsMessage> early = new ArrayList<>();
  private String runId;
  private RunProgress last;
  private long failedDeadline;

  public RunWait(RunFollower follower, ProgressDisplay display) {
    this.follower = follower;
    this.display = display;
  }

  /** Waits until the run of {@code commandId} reports, or {@code timeout} passes. */
  public RunOutcome await(String commandId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        for (RosterEvent event : follower.poll(POLL)) {
          SyncReportsMessage report = handle(event, commandId);
          if (report != null) {
            return new RunOutcome.Reported(report);
          }
        }
        display.tick();
        if (failedDeadline != 0 && System.nanoTime() > failedDeadline) {
          return new RunOutcome.FailedUnreported(last);
        }
      }
      return failedDeadline != 0
          ? new RunOutcome.FailedUnreported(last)
          : new RunOutcome.TimedOut(runId, last);
    } finally {
      display.finish();
    }
  }

  private SyncReportsMessage handle(RosterEvent event, String commandId) {
    if (event instanceof RunProgress progress) {
      return progress(progress, commandId);
    }
    if (event instanceof SyncReportsMessage report) {
      if (runId == null) {
        early.add(report); // a report may overtake the progress that names the run
        return null;
      }
      return runId.equals(report.runId()) ? report : null;
    }
    return null;
  }

  private SyncReportsMessage progress(RunProgress progress, String commandId) {
    if (runId == null && commandId.equals(progress.commandId())) {
      runId = progress.runId();
      SyncReportsMessage report =
          early.stream().filter(r -> runId.equals(r.runId())).findFirst().orElse(null);
      early.clear();
      if (report != null) {
        return report;
      }
    }
    if (runId != null && runId.equals(progress.runId())) {
      last = progress;
      display.update(progress);
      if (progress.state() == RunState.FAILED && failedDeadline == 0) {
        failedDeadline = System.nanoTime() + FAILED_GRACE.toNanos();
      }
    }
    return null;
  }
}
