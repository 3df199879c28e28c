package io.rosterbridge.events.account;

import io.rosterbridge.events.RosterEvent;
import java.time.Instant;
import java.util.List;

/**
 * The current state of one account, on the compacted {@code roster.accounts} topic keyed by {@code
 * accountId}. {@code version} grows with every change so consumers can drop stale copies.
 */
public record AccountChanged(
    String accountId,
    String districtId,
    String cleverUserId,
    String username,
    String usernameKey,
    AccountSource source,
    AccountStatus status,
    List<AccountRole> roles,
    long version,
    Instant changedAt)
    implements RosterEvent {

  public AccountChanged {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
