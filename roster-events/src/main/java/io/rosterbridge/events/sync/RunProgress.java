package io.rosterbridge.events.sync;

import io.rosterbridge.events.RunFramed;
import io.rosterbridge.events.clever.EntityType;
import java.time.Instant;
import java.util.Map;

/**
 * Status and progress of a run at one stage (records handled so far per type), on {@code
 * roster.run-status}. {@code commandId} lets a requester find the run its command joined.
 */
public record RunProgress(
    String runId,
    String districtId,
    String commandId,
    RunStage stage,
    RunState state,
    Map<EntityType, Long> records,
    Instant at)
    implements RunFramed {

  public RunProgress {
    records = records == null ? Map.of() : Map.copyOf(records);
  }
}
