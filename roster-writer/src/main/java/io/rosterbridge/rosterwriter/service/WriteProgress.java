package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.config.WriterConfig;
import io.rosterbridge.rosterwriter.messaging.RunStatusPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write stage's progress: the records staged so far per run and type, published as WRITE
 * RUNNING on {@code roster.run-status} at most once per interval while a run is staged, and once
 * more when its apply starts. The run's report ends it. The counts live in memory: after a restart
 * they start again from what arrives next, as they are only shown to whoever waits for the run.
 */
@ApplicationScoped
public class WriteProgress {

  private final RunStatusPublisher status;
  private final long intervalMillis;
  private final Clock clock;
  private final Map<String, Staged> runs = new ConcurrentHashMap<>();

  @Inject
  public WriteProgress(RunStatusPublisher status, WriterConfig config) {
    this(status, config.progressInterval(), Clock.systemUTC());
  }

  WriteProgress(RunStatusPublisher status, Duration interval, Clock clock) {
    this.status = status;
    this.intervalMillis = interval.toMillis();
    this.clock = clock;
  }

  /** Counts a batch that was staged; publishes the runs whose last progress is an interval old. */
  public void staged(StagedRecords records) {
    Map<String, Map<EntityType, Long>> counts = records.counts();
    counts.forEach(
        (runId, byType) -> {
          Staged run = runs.computeIfAbsent(runId, id -> new Staged(records.runs().get(id)));
          synchronized (run) {
            byType.forEach((type, n) -> run.records.merge(type, n, Long::sum));
            if (clock.millis() - run.publishedAt >= intervalMillis) {
              publish(runId, run);
            }
          }
        });
  }

  /**
   * The run's apply starts: its final staged counts go out. A run that staged nothing here (a
   * replay of a finished run, whose records were dropped) publishes nothing.
   */
  public void applying(String runId) {
    Staged run = runs.get(runId);
    if (run != null) {
      synchronized (run) {
        publish(runId, run);
      }
    }
  }

  /** The run ended (reported, held or failed): its counts are dropped. */
  public void ended(String runId) {
    runs.remove(runId);
  }

  private void publish(String runId, Staged run) {
    run.publishedAt = clock.millis();
    status.publish(
        new RunProgress(
            runId,
            run.districtId,
            null,
            RunStage.WRITE,
            RunState.RUNNING,
            run.records,
            clock.instant()));
  }

  /** One run's counts so far. */
  private static final class Staged {
    final String districtId;
    final Map<EntityType, Long> records = new EnumMap<>(EntityType.class);
    long publishedAt;

    Staged(String districtId) {
      this.districtId = districtId;
    }
  }
}
