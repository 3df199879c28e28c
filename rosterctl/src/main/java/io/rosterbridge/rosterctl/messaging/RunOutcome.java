package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.events.sync.RunProgress;

/** How waiting for a command's run ended. */
public sealed interface RunOutcome {

  /** The run's report arrived: RunCompleted, RunHeld or RunFailed. */
  record Reported(SyncReportsMessage report) implements RunOutcome {}

  /** The run reported FAILED progress, and no report followed within a short grace. */
  record FailedUnreported(RunProgress last) implements RunOutcome {}

  /** Neither before the timeout; {@code runId} and {@code last} are null when no run joined. */
  record TimedOut(String runId, RunProgress last) implements RunOutcome {}
}
