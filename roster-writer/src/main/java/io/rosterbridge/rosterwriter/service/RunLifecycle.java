package io.rosterbridge.rosterwriter.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rosterbridge.events.RunFramed;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.rosterwriter.config.WriterConfig;
import io.rosterbridge.rosterwriter.entity.District;
import io.rosterbridge.rosterwriter.entity.ProcessedMessage;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.RosterStatistics;
import io.rosterbridge.rosterwriter.repository.StagingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Opens, applies and closes runs on their control messages, each in its own transaction that also
 * records the message as processed, so a re-delivered or replayed control message changes nothing.
 */
@ApplicationScoped
public class RunLifecycle {

  private static final Logger LOG = Logger.getLogger(RunLifecycle.class);

  private final Jdbc jdbc;
  private final RunApplier applier;
  private final StagingRepository staging;
  private final RosterStatistics statistics;
  private final WriterConfig config;

  public RunLifecycle(
      Jdbc jdbc,
      RunApplier applier,
      StagingRepository staging,
      RosterStatistics statistics,
      WriterConfig config) {
    this.jdbc = jdbc;
    this.applier = applier;
    this.staging = staging;
    this.statistics = statistics;
    this.config = config;
  }

  /** Opens the run (or completes a run its early records opened bare). */
  @Retry(maxRetries = 4, delay = 500, jitter = 250)
  public void started(RunStarted event, String messageId) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (!firstTime(messageId, event)) {
                return;
              }
              RosterRun run = RosterRun.findById(event.runId());
              if (run == null) {
                run = RunRecords.opened(event.runId(), event.districtId(), startOf(event));
                describe(run, event);
                run.persist();
              } else if (run.isOpen() && run.mode == null) {
                describe(run, event);
              }
            });
  }

  /**
   * Applies the run: everything in one transaction, so a crash leaves nothing half-applied. The
   * staging tables' statistics are refreshed first, and those of the roster tables the run changed
   * in bulk after the commit, each in a transaction of their own (an ANALYZE inside the apply would
   * hold its lock until the commit and serialise concurrent applies).
   */
  @Retry(maxRetries = 2, delay = 1000, jitter = 500)
  public void resolved(RunResolved event, String messageId) {
    jdbc.inNewTransaction(Duration.ofMinutes(2), this::analyzeStaging);
    RunOutcome outcome =
        jdbc.inNewTransaction(config.applyTimeout(), c -> resolve(c, event, messageId));
    if (outcome != null && !outcome.bulkChangedTables().isEmpty()) {
      refreshStatistics(outcome.bulkChangedTables());
    }
  }

  private void refreshStatistics(List<String> tables) {
    try {
      jdbc.inNewTransaction(Duration.ofMinutes(2), c -> analyzeRoster(c, tables));
    } catch (RuntimeException e) {
      LOG.warnf("statistics of %s not refreshed (autovacuum will): %s", tables, e.getMessage());
    }
  }

  private Void analyzeRoster(Connection c, List<String> tables) throws SQLException {
    statistics.refresh(c, tables);
    return null;
  }

  private Void analyzeStaging(Connection c) throws SQLException {
    staging.analyze(c);
    return null;
  }

  /** Closes the run as failed upstream: nothing of it is applied or swept. */
  @Retry(maxRetries = 4, delay = 500, jitter = 250)
  public void failed(RunFailed event, String messageId) {
    jdbc.inNewTransaction(
        Duration.ofMinutes(2),
        c -> {
          if (firstTime(messageId, event)) {
            close(c, event, event.stage(), event.reason(), event.message());
          }
          return null;
        });
  }

  /** Closes the run as failed in the writer, after its apply could not complete. */
  public void failedInWriter(RunFramed event, Exception cause) {
    String message = "the writer could not apply the run: " + cause.getMessage();
    jdbc.inNewTransaction(
        Duration.ofMinutes(2),
        c -> close(c, event, RunStage.WRITE, RunFailureReason.INTERNAL_ERROR, message));
  }

  private RunOutcome resolve(Connection c, RunResolved event, String messageId)
      throws SQLException {
    if (!firstTime(messageId, event)) {
      return null;
    }
    RosterRun run = openOrCreate(event);
    if (!run.isOpen()) {
      return null;
    }
    Map<String, Long> received = staging.receivedCounts(c, run.id);
    run.fetchedCounts = RunRecords.json(event.fetchedCounts());
    run.receivedCounts = RunRecords.json(received);
    if (run.mode == null) {
      close(c, event, RunStage.WRITE, RunFailureReason.INCOMPLETE_RUN, NO_START);
      return null;
    }
    List<String> mismatches = RunCompleteness.mismatches(event.fetchedCounts(), received);
    run.complete = mismatches.isEmpty();
    RunOutcome outcome = applier.apply(c, context(run, event, mismatches));
    RunRecords.finish(run, outcome.report(), Instant.now());
    if (!run.complete) {
      run.failureStage = RunStage.WRITE;
      run.failureReason = RunFailureReason.INCOMPLETE_RUN;
      run.failureMessage = String.join("; ", mismatches);
    }
    return outcome;
  }

  private static final String NO_START = "RunStarted was never received; nothing was applied";

  private RunContext context(RosterRun run, RunResolved event, List<String> mismatches) {
    Instant now = Instant.now();
    Instant resolvedAt = event.resolvedAt() == null ? now : event.resolvedAt();
    return new RunContext(
        run.id,
        run.districtId,
        run.mode,
        run.trigger,
        event.incremental() || run.mode == SyncMode.INCREMENTAL,
        run.complete,
        thresholds(run.districtId),
        config.heldSample(),
        run.startedAt,
        now,
        Math.max(0, Duration.between(run.startedAt, resolvedAt).toMillis()),
        mismatches);
  }

  private GuardThresholds thresholds(String districtId) {
    District district = District.findById(districtId);
    boolean own = district != null;
    return new GuardThresholds(
        own && district.guardMaxPercent != null
            ? district.guardMaxPercent
            : config.guard().maxPercent(),
        own && district.guardMinRecords != null
            ? district.guardMinRecords
            : config.guard().minRecords());
  }

  private Void close(
      Connection c, RunFramed event, RunStage stage, RunFailureReason reason, String message)
      throws SQLException {
    RosterRun run = openOrCreate(event);
    if (run.isOpen()) {
      staging.clear(c, run.id);
      RunRecords.fail(run, stage, reason, message, Instant.now());
    }
    return null;
  }

  private static RosterRun openOrCreate(RunFramed event) {
    RosterRun run = RosterRun.findById(event.runId());
    if (run == null) {
      run = RunRecords.opened(event.runId(), event.districtId(), Instant.now());
      run.persistAndFlush();
    }
    return run;
  }

  private static boolean firstTime(String messageId, RunFramed event) {
    if (ProcessedMessage.findById(messageId) != null) {
      return false;
    }
    ProcessedMessage processed = new ProcessedMessage();
    processed.messageId = messageId;
    processed.runId = event.runId();
    processed.eventType = event.getClass().getSimpleName();
    processed.processedAt = Instant.now();
    processed.persist();
    return true;
  }

  private static void describe(RosterRun run, RunStarted event) {
    run.mode = event.mode() == null ? SyncMode.FULL : event.mode();
    run.trigger = event.trigger();
    run.requestedBy = event.requestedBy();
    run.startedAt = startOf(event);
  }

  private static Instant startOf(RunStarted event) {
    return event.startedAt() == null ? Instant.now() : event.startedAt();
  }
}
