package io.rosterbridge.usermatcher.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.ConflictReason;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.usermatcher.entity.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the matcher did with one run, for support: counts per outcome and the users it reported (the
 * first {@code reported.size()} of {@code conflicts}).
 */
public record RunSummary(
    String runId,
    String districtId,
    SyncMode mode,
    SyncTrigger trigger,
    RunStatus status,
    boolean incremental,
    Map<EntityType, Long> fetchedCounts,
    Integer usersReceived,
    Integer resolvedUsers,
    Integer notRostered,
    Long conflicts,
    Map<ResolutionOutcome, Long> outcomes,
    List<Reported> reported,
    Failure failure,
    Instant resolvedAt,
    Instant publishedAt) {

  /** One reported user: who, which account, what happened and why. */
  public record Reported(
      String cleverUserId,
      String accountId,
      String username,
      ResolutionOutcome outcome,
      ConflictReason reason,
      String message) {}

  /** Why the run failed and where. */
  public record Failure(
      RunStage stage, RunFailureReason reason, String message, Instant failedAt) {}
}
