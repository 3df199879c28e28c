package io.rosterbridge.usermatcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records are stored in batches and acknowledged only once stored; a failure costs one record. */
class PendingRecordsTest {

  /** Stores names; a batch holding "bad" rolls back whole. */
  private static final class Names extends PendingRecords<String> {
    final List<List<String>> stored = Collections.synchronizedList(new ArrayList<>());
    final List<String> handled = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected void store(List<String> batch) {
      if (batch.contains("bad")) {
        throw new IllegalStateException("bad name");
      }
      stored.add(batch);
    }

    @Override
    protected void handled(Message<?> record) {
      handled.add((String) record.getPayload());
    }

    @Override
    protected String noun() {
      return "names";
    }
  }

  private final Names names = new Names();
  private final List<String> acked = Collections.synchronizedList(new ArrayList<>());
  private final List<String> nacked = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    names.stopIdleFlush();
  }

  private Message<String> record(String name) {
    return Message.of(
        name,
        () -> {
          acked.add(name);
          return CompletableFuture.completedFuture(null);
        },
        e -> {
          nacked.add(name);
          return CompletableFuture.completedFuture(null);
        });
  }

  private void add(String name) {
    names.add(name, record(name));
  }

  @Test
  void nothingIsAcknowledgedBeforeItsBatchIsStored() {
    add("ada");
    add("grace");

    assertThat(names.stored).isEmpty();
    assertThat(acked).isEmpty();

    names.flush();

    assertThat(names.stored).containsExactly(List.of("ada", "grace"));
    assertThat(acked).containsExactly("ada", "grace");
    assertThat(names.handled).containsExactly("ada", "grace");
  }

  @Test
  void aFullBatchIsStoredWithoutWaiting() {
    IntStream.range(0, PendingRecords.FLUSH_AT + 1).forEach(i -> add("n" + i));

    assertThat(names.stored).hasSize(1);
    assertThat(names.stored.get(0)).hasSize(PendingRecords.FLUSH_AT).startsWith("n0");
    assertThat(acked)
        .hasSize(PendingRecords.FLUSH_AT)
        .doesNotContain("n" + PendingRecords.FLUSH_AT);
  }

  @Test
  void aFailedBatchIsStoredOneByOneAndOnlyTheFailingRecordIsDeadLettered() {
    add("ada");
    add("bad");
    add("grace");

    names.flush();

    assertThat(names.stored).containsExactly(List.of("ada"), List.of("grace"));
    assertThat(acked).containsExactly("ada", "grace");
    assertThat(nacked).containsExactly("bad");
    assertThat(names.handled).containsExactly("ada", "bad", "grace");
  }

  @Test
  void aRejectedRecordGoesAfterWhatCameBeforeIt() {
    add("ada");

    names.reject(record("unreadable"), new IllegalArgumentException("unreadable"));

    assertThat(names.stored).containsExactly(List.of("ada"));
    assertThat(acked).containsExactly("ada");
    assertThat(nacked).containsExactly("unreadable");
    assertThat(names.handled).containsExactly("ada", "unreadable");
  }

  @Test
  void pendingRecordsAreStoredOnceNothingCameForAMoment() {
    names.startIdleFlush();
    add("ada");

    await().atMost(Duration.ofSeconds(5)).until(() -> acked.contains("ada"));
    assertThat(names.stored).containsExactly(List.of("ada"));
  }
}
