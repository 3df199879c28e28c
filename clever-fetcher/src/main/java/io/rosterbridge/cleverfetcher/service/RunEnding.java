package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import io.rosterbridge.cleverfetcher.messaging.CleverRecordsPublisher;
import io.rosterbridge.cleverfetcher.messaging.RunStatusPublisher;
import io.rosterbridge.cleverfetcher.messaging.RunStream;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Closes runs on {@code clever.records}: RunFetched once every record is acknowledged, RunFailed
 * otherwise, and the closing of runs whose instance died (their lease expired). The database
 * records the end only after Kafka acknowledged the marker; until then the run stays open.
 */
@ApplicationScoped
public class RunEnding {

  private static final Logger LOG = Logger.getLogger(RunEnding.class);

  private final CleverRecordsPublisher records;
  private final RunStatusPublisher status;
  private final RunLedger ledger;
  private final Clock clock;

  public RunEnding(
      CleverRecordsPublisher records, RunStatusPublisher status, RunLedger ledger, Clock clock) {
    this.records = records;
    this.status = status;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Sends RunFetched for a COMPLETING run and, once acknowledged, records it as fetched. */
  public void fetched(FetchRun run, Map<EntityType, Long> counts) {
    RunStream stream = records.open(run.districtId);
    boolean incremental = run.mode == SyncMode.INCREMENTAL;
    send(stream, new RunFetched(run.runId, run.districtId, counts, incremental, clock.instant()));
    ledger.fetched(run.runId);
    status.publish(progress(run, RunState.COMPLETED, counts));
  }

  /** Sends RunFailed for a run this owner holds; if Kafka cannot take it, a taker will. */
  public void failed(RunOutput out, String owner, RunFailureReason reason, String message) {
    FetchRun run = out.run();
    Thread.interrupted(); // a run stopped by shutdown still reports why
    LOG.warnf("run %s of district %s failed: %s %s", run.runId, run.districtId, reason, message);
    if (!ledger.failing(run.runId, owner, reason, message)) {
      return;
    }
    try {
      if (!out.started()) {
        out.start(run.requestedMode);
      }
      out.send(failure(run, reason, message));
      out.flush();
      ledger.failed(run.runId, owner);
      status.publish(out.progress(RunState.FAILED));
    } catch (RuntimeException e) {
      LOG.errorf("run %s: RunFailed not acknowledged (%s); its lease will expire", run.runId, e);
    }
  }

  /**
   * Closes a run whose instance died, which {@code owner} took over; false when Kafka could not
   * take the marker (the lease taken over expires, and an instance tries again).
   */
  public boolean settleAbandoned(FetchRun run, String owner) {
    try {
      if (run.status == RunStatus.COMPLETING) {
        // Every record was acknowledged before COMPLETING: only the marker may be missing.
        fetched(run, run.counts == null ? Map.of() : run.counts);
        return true;
      }
      RunFailureReason reason = run.failureReason;
      String message = run.failureMessage;
      send(records.open(run.districtId), failure(run, reason, message));
      if (ledger.abandoned(run.runId, owner, reason, message)) {
        status.publish(progress(run, RunState.FAILED, run.counts));
      }
      return true;
    } catch (RuntimeException e) {
      LOG.errorf("abandoned run %s not closed yet: %s", run.runId, e);
      return false;
    }
  }

  private RunFailed failure(FetchRun run, RunFailureReason reason, String message) {
    return new RunFailed(
        run.runId, run.districtId, RunStage.FETCH, reason, message, clock.instant());
  }

  private static void send(RunStream stream, CleverRecordsMessage marker) {
    try {
      stream.send(marker);
      stream.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while closing a run", e);
    }
  }

  private RunProgress progress(FetchRun run, RunState state, Map<EntityType, Long> counts) {
    return new RunProgress(
        run.runId, run.districtId, run.commandId, RunStage.FETCH, state, counts, clock.instant());
  }
}
