package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.identity.Conflict;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.UserResolved;
import java.util.Objects;

/**
 * The decision for one Clever user of a run, field for field a {@link UserResolved} without the run
 * framing: the account, the username it carries (null for none), the outcome, and what was
 * reported.
 */
public record Resolution(
    CleverUser user,
    String accountId,
    Username username,
    ResolutionOutcome outcome,
    Conflict conflict,
    String previousUsername,
    String previousCleverUserId) {

  public Resolution {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The Clever user id. */
  public String cleverUserId() {
    return user.id();
  }

  /** The event {@code user-matcher} publishes on {@code roster.changes} for this decision. */
  public UserResolved toEvent(String runId, String districtId) {
    return new UserResolved(
        runId,
        districtId,
        user,
        accountId,
        username == null ? null : username.display(),
        username == null ? null : username.key().value(),
        outcome,
        conflict,
        previousUsername,
        previousCleverUserId);
  }
}
