package io.rosterbridge.usermatcher.identity;

import io.rosterbridge.events.identity.UserResolved;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of resolving one run: a decision per rostered user (ordered by Clever user id), what
 * the identity index must record, and the Clever ids that are not rostered (contacts).
 */
public record RunResolution(
    String districtId,
    List<Resolution> resolutions,
    List<IndexUpdate> indexUpdates,
    List<String> notRostered) {

  public RunResolution {
    Objects.requireNonNull(districtId, "districtId");
    resolutions = List.copyOf(resolutions);
    indexUpdates = List.copyOf(indexUpdates);
    notRostered = List.copyOf(notRostered);
  }

  /** The events to publish on {@code roster.changes}, in the order of {@link #resolutions()}. */
  public List<UserResolved> toEvents(String runId) {
    return resolutions.stream().map(r -> r.toEvent(runId, districtId)).toList();
  }

  /** How many users were reported (a conflict with any outcome). */
  public long reported() {
    return resolutions.stream().filter(r -> r.conflict() != null).count();
  }
}
