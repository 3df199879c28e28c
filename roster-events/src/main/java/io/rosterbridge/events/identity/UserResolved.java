package io.rosterbridge.events.identity;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverUser;

/**
 * The matcher's decision for one Clever user of a run: the account it is ({@code accountId}, minted
 * by the matcher when new), the username it carries (null for none) and the outcome. {@code
 * conflict} is set whenever something was reported, also alongside a non-CONFLICT outcome (e.g. a
 * user linked by Clever id whose rename was refused).
 */
public record UserResolved(
    String runId,
    String districtId,
    CleverUser user,
    String accountId,
    String username,
    String usernameKey,
    ResolutionOutcome outcome,
    Conflict conflict,
    String previousUsername,
    String previousCleverUserId)
    implements RosterChangesMessage {}
