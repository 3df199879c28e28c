package io.rosterbridge.cleverfetcher.rest;

import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import io.rosterbridge.cleverfetcher.service.RunQueries.RunDetails;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as {@code GET /runs} shows it.
 *
 * @param runId the run id, as in its messages on {@code clever.records}
 * @param districtId the district read
 * @param status QUEUED, RUNNING, COMPLETING, FETCHED or FAILED
 * @param requestedMode the mode asked for
 * @param mode the mode read (null until started)
 * @param fallbackReason why an incremental run read in full, or null
 * @param trigger why it was asked for
 * @param requestedBy who asked first
 * @param counts records published per type (so far, while running)
 * @param failure why it failed, or null
 * @param commandIds every command it serves, the first one first
 * @param createdAt when it was queued
 * @param startedAt when it started, or null
 * @param finishedAt when it ended, or null
 */
public record RunView(
    String runId,
    String districtId,
    RunStatus status,
    SyncMode requestedMode,
    SyncMode mode,
    String fallbackReason,
    SyncTrigger trigger,
    String requestedBy,
    Map<EntityType, Long> counts,
    Failure failure,
    List<String> commandIds,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** Why a run failed. */
  public record Failure(RunFailureReason reason, String message) {}

  /** The view of a run and the commands it serves. */
  public static RunView of(RunDetails details) {
    FetchRun run = details.run();
    List<String> commandIds = details.commandIds();
    Failure failure =
        run.status == RunStatus.FAILED ? new Failure(run.failureReason, run.failureMessage) : null;
    return new RunView(
        run.runId,
        run.districtId,
        run.status,
        run.requestedMode,
        run.mode,
        run.fallbackReason,
        run.trigger,
        run.requestedBy,
        run.counts == null ? Map.of() : Map.copyOf(run.counts),
        failure,
        commandIds,
        run.createdAt,
        run.startedAt,
        run.finishedAt);
  }
}
