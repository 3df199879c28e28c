package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.EntityType;
import java.time.Instant;
import java.util.Map;

/**
 * Closes a run whose read completed: {@code counts} are the records published per type, which
 * downstream stages compare with what they received before anything is swept.
 */
public record RunFetched(
    String runId,
    String districtId,
    Map<EntityType, Long> counts,
    boolean incremental,
    Instant fetchedAt)
    implements CleverRecordsMessage {

  public RunFetched {
    counts = counts == null ? Map.of() : Map.copyOf(counts);
  }
}
