package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.clever.CleverUser;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one resolution needs from a run: the district, all of the run's Clever users (each
 * Clever id once; the service keeps the last copy it read) and what the run proves by absence.
 */
public record MatchRun(String districtId, List<CleverUser> users, RunScope scope) {

  public MatchRun {
    Objects.requireNonNull(districtId, "districtId");
    Objects.requireNonNull(scope, "scope");
    users = List.copyOf(users);
    Set<String> seen = new HashSet<>();
    for (CleverUser user : users) {
      Objects.requireNonNull(user.id(), "Clever user id");
      if (!seen.add(user.id())) {
        throw new IllegalArgumentException(
            "Clever user " + user.id() + " appears twice in the run");
      }
    }
  }

  /** A complete full run. */
  public static MatchRun complete(String districtId, List<CleverUser> users) {
    return new MatchRun(districtId, users, RunScope.COMPLETE);
  }

  /** A partial (incremental) run. */
  public static MatchRun partial(String districtId, List<CleverUser> users) {
    return new MatchRun(districtId, users, RunScope.PARTIAL);
  }
}
