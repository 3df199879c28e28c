package io.rosterbridge.events.identity;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;
import java.time.Instant;
import java.util.Map;

/**
 * Closes a run on {@code roster.changes} once every user is resolved; carries the fetcher's counts
 * so the writer can verify it received the whole run before sweeping.
 */
public record RunResolved(
    String runId,
    String districtId,
    Map<EntityType, Long> fetchedCounts,
    boolean incremental,
    long conflicts,
    Instant resolvedAt)
    implements RosterChangesMessage {

  public RunResolved {
    fetchedCounts = fetchedCounts == null ? Map.of() : Map.copyOf(fetchedCounts);
  }
}
