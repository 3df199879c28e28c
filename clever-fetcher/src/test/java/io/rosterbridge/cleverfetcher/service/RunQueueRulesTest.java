package io.rosterbridge.cleverfetcher.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which requests a run answers, and which mode a command asks for. */
class RunQueueRulesTest {

  @Test
  void aFullReadAnswersFullAndIncrementalRequestsOnly() {
    assertThat(RunQueue.serves(SyncMode.FULL, SyncMode.FULL)).isTrue();
    assertThat(RunQueue.serves(SyncMode.FULL, SyncMode.INCREMENTAL)).isTrue();
    assertThat(RunQueue.serves(SyncMode.FULL, SyncMode.PREVIEW)).isFalse();
    assertThat(RunQueue.serves(SyncMode.PREVIEW, SyncMode.FULL)).isFalse();
    assertThat(RunQueue.serves(SyncMode.PREVIEW, SyncMode.PREVIEW)).isTrue();
    assertThat(RunQueue.serves(SyncMode.INCREMENTAL, SyncMode.FULL)).isFalse();
    assertThat(RunQueue.serves(SyncMode.INCREMENTAL, SyncMode.INCREMENTAL)).isTrue();
  }

  @Test
  void aNightlyRequestIsAlwaysAFullReadAndNoModeMeansFull() {
    assertThat(RunQueue.modeOf(command(SyncTrigger.NIGHTLY, SyncMode.INCREMENTAL)))
        .isEqualTo(SyncMode.FULL);
    assertThat(RunQueue.modeOf(command(SyncTrigger.MANUAL, SyncMode.INCREMENTAL)))
        .isEqualTo(SyncMode.INCREMENTAL);
    assertThat(RunQueue.modeOf(command(SyncTrigger.MANUAL, null))).isEqualTo(SyncMode.FULL);
    assertThat(RunQueue.modeOf(command(SyncTrigger.ONBOARDING, SyncMode.PREVIEW)))
        .isEqualTo(SyncMode.PREVIEW);
  }

  private static SyncRequested command(SyncTrigger trigger, SyncMode mode) {
    return new SyncRequested("c", "d", trigger, mode, "test", Instant.EPOCH);
  }
}
