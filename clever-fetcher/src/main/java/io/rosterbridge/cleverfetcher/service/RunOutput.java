package io.rosterbridge.cleverfetcher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.messaging.RunStatusPublisher;
import io.rosterbridge.cleverfetcher.messaging.RunStream;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.events.sync.SyncMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one run publishes: its markers and records in order, counted per type, and its progress
 * (which also renews its lease; a lost lease stops the run).
 */
public final class RunOutput {

  private final FetchRun run;
  private final RunStream stream;
  private final RunStatusPublisher status;
  private final RunLedger ledger;
  private final String owner;
  private final Clock clock;
  private final Duration progressInterval;
  private final MeterRegistry metrics;
  private final Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Counter> counters = new EnumMap<>(EntityType.class);
  private boolean started;
  private Instant lastProgress = Instant.MIN;

  RunOutput(FetchRun run, RunStream stream, RunServices services, String owner) {
    this.run = run;
    this.stream = stream;
    this.status = services.status();
    this.ledger = services.ledger();
    this.owner = owner;
    this.clock = services.clock();
    this.progressInterval = services.progressInterval();
    this.metrics = services.metrics();
    for (EntityType type : EntityType.values()) {
      counts.put(type, 0L);
    }
  }

  /** The run being published. */
  public FetchRun run() {
    return run;
  }

  /** Opens the run on {@code clever.records} with the mode it reads. */
  public void start(SyncMode mode) {
    send(
        new RunStarted(
            run.runId,
            run.districtId,
            run.commandId,
            run.trigger,
            mode,
            run.requestedBy,
            clock.instant()));
    started = true;
    status.publish(progress(RunState.RUNNING));
    lastProgress = clock.instant();
  }

  /** Whether RunStarted was sent. */
  public boolean started() {
    return started;
  }

  /** Publishes one record and counts it as {@code type}. */
  public void record(EntityType type, CleverRecordsMessage message) {
    send(message);
    add(type, 1);
  }

  /** Counts {@code n} more of a type that travels inside other records (enrollments). */
  public void add(EntityType type, long n) {
    counts.merge(type, n, Long::sum);
    counters
        .computeIfAbsent(type, t -> metrics.counter("fetcher.records", "type", t.name()))
        .increment(n);
  }

  /** After each page: reports progress now and then, and stops if the lease is gone. */
  public void pageDone() {
    Instant now = clock.instant();
    if (Duration.between(lastProgress, now).compareTo(progressInterval) < 0) {
      return;
    }
    lastProgress = now;
    if (!ledger.progress(run.runId, owner, counts)) {
      throw new LeaseLostException(run.runId);
    }
    status.publish(progress(RunState.RUNNING));
  }

  /** Sends a marker or record as is. */
  public void send(CleverRecordsMessage message) {
    try {
      stream.send(message);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CleverFailure(RunFailureReason.INTERRUPTED, "the fetcher is shutting down");
    }
  }

  /** Waits until Kafka acknowledged everything sent. */
  public void flush() {
    try {
      stream.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CleverFailure(RunFailureReason.INTERRUPTED, "the fetcher is shutting down");
    }
  }

  /** Records published so far per type. */
  public Map<EntityType, Long> counts() {
    return new EnumMap<>(counts);
  }

  /** A status message of this run. */
  public RunProgress progress(RunState state) {
    return new RunProgress(
        run.runId, run.districtId, run.commandId, RunStage.FETCH, state, counts, clock.instant());
  }
}
