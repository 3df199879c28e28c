package io.rosterbridge.rosterwriter.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.messaging.RunStatusPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the write stage tells {@code roster.run-status}, and when. */
class WriteProgressTest {

  /** Keeps what would be published. */
  static final class RecordingPublisher extends RunStatusPublisher {
    final List<RunProgress> published = new ArrayList<>();

    @Override
    public void publish(RunProgress progress) {
      published.add(progress);
    }
  }

  /** A clock the test moves. */
  static final class StepClock extends Clock {
    Instant now = Instant.parse("2026-09-01T07:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final RecordingPublisher publisher = new RecordingPublisher();
  private final StepClock clock = new StepClock();
  private final WriteProgress progress = new WriteProgress(publisher, Duration.ofSeconds(1), clock);

  @Test
  void batchesWithinAnIntervalAreCountedAndPublishedOnce() {
    progress.staged(schools("r1", "d1", 3));
    clock.now = clock.now.plusMillis(400);
    progress.staged(schools("r1", "d1", 2));
    clock.now = clock.now.plusMillis(700);
    progress.staged(schools("r1", "d1", 1));

    assertThat(publisher.published)
        .extracting(
            RunProgress::runId, RunProgress::stage, RunProgress::state, RunProgress::records)
        .containsExactly(
            tuple("r1", RunStage.WRITE, RunState.RUNNING, Map.of(EntityType.SCHOOL, 3L)),
            tuple("r1", RunStage.WRITE, RunState.RUNNING, Map.of(EntityType.SCHOOL, 6L)));
  }

  @Test
  void theApplyPublishesTheRunsTotalsAtOnceAndTheEndForgetsThem() {
    progress.staged(schools("r1", "d1", 2));
    StagedRecords removal = new StagedRecords();
    removal.add(new RecordRemoved("r1", "d1", EntityType.USER, "u-gone"));
    progress.staged(removal); // within the interval: counted, not published
    progress.staged(schools("r2", "d2", 1)); // another run keeps its own counts

    progress.applying("r1");
    progress.ended("r1");
    progress.applying("r1"); // nothing staged since the end

    assertThat(publisher.published)
        .extracting(RunProgress::runId, RunProgress::districtId, RunProgress::records)
        .containsExactly(
            tuple("r1", "d1", Map.of(EntityType.SCHOOL, 2L)),
            tuple("r2", "d2", Map.of(EntityType.SCHOOL, 1L)),
            tuple("r1", "d1", Map.of(EntityType.SCHOOL, 2L, EntityType.USER, 1L)));
  }

  @Test
  void aRunThatStagedNothingHereAnnouncesNoApply() {
    progress.applying("replayed");

    assertThat(publisher.published).isEmpty();
  }

  private static StagedRecords schools(String runId, String districtId, int count) {
    StagedRecords records = new StagedRecords();
    for (int i = 0; i < count; i++) {
      records.add(
          new SchoolFetched(
              runId,
              districtId,
              new CleverSchool("s-" + i, "School " + i, null, null, null, null, null)));
    }
    return records;
  }
}
