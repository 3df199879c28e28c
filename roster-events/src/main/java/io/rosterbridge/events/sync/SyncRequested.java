package io.rosterbridge.events.sync;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import java.time.Instant;

/**
 * A request to sync one district, or every connected district when {@code districtId} is {@link
 * Topics#ALL_DISTRICTS}; a request without a district is refused. Read from {@code
 * roster.sync-commands}.
 */
public record SyncRequested(
    String commandId,
    String districtId,
    SyncTrigger trigger,
    SyncMode mode,
    String requestedBy,
    Instant requestedAt)
    implements RosterEvent {

  /** True when the command addresses every connected district. */
  public boolean allDistricts() {
    return Topics.ALL_DISTRICTS.equals(districtId);
  }
}
