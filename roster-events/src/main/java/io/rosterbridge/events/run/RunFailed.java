package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.SyncReportsMessage;
import io.rosterbridge.events.sync.RunStage;
import java.time.Instant;

/** Ends a run as failed at some stage: nothing of it may be swept. */
public record RunFailed(
    String runId,
    String districtId,
    RunStage stage,
    RunFailureReason reason,
    String message,
    Instant failedAt)
    implements CleverRecordsMessage, RosterChangesMessage, SyncReportsMessage {}
