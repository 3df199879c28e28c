package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;

/** Opens a run: every record until its {@code RunFetched} or {@code RunFailed} belongs to it. */
public record RunStarted(
    String runId,
    String districtId,
    String commandId,
    SyncTrigger trigger,
    SyncMode mode,
    String requestedBy,
    Instant startedAt)
    implements CleverRecordsMessage, RosterChangesMessage {}
