package io.rosterbridge.cleverfetcher.messaging;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.Topics;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One run's messages on {@code clever.records}, in order and keyed by district id. At most {@code
 * maxPending} may wait for Kafka's acknowledgement, which bounds memory and slows reading to what
 * Kafka takes; {@link #flush()} returns once every message sent is acknowledged.
 */
public final class RunStream {

  private final Emitter<CleverRecordsMessage> emitter;
  private final String districtId;
  private final int maxPending;
  private final Duration timeout;
  private final Semaphore pending;
  private final AtomicReference<Throwable> refused = new AtomicReference<>();

  RunStream(
      Emitter<CleverRecordsMessage> emitter, String districtId, int maxPending, Duration timeout) {
    this.emitter = emitter;
    this.districtId = districtId;
    this.maxPending = maxPending;
    this.timeout = timeout;
    this.pending = new Semaphore(maxPending);
  }

  /** Sends a message, first waiting while too many are unacknowledged. */
  public void send(CleverRecordsMessage message) throws InterruptedException {
    checkRefused();
    if (!pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new PublishFailedException(
          "Kafka acknowledged nothing on " + Topics.CLEVER_RECORDS + " for " + timeout, null);
    }
    try {
      emitter.send(
          Message.of(message)
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder().withKey(districtId).build())
              .withAck(this::acknowledged)
              .withNack(this::refused));
    } catch (RuntimeException e) {
      pending.release();
      throw new PublishFailedException("cannot send to " + Topics.CLEVER_RECORDS + ": " + e, e);
    }
  }

  /** Waits until Kafka acknowledged every message sent; fails if it refused any. */
  public void flush() throws InterruptedException {
    if (!pending.tryAcquire(maxPending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new PublishFailedException(
          (maxPending - pending.availablePermits())
              + " messages on "
              + Topics.CLEVER_RECORDS
              + " were not acknowledged within "
              + timeout,
          null);
    }
    pending.release(maxPending);
    checkRefused();
  }

  private CompletableFuture<Void> acknowledged() {
    pending.release();
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> refused(Throwable failure) {
    refused.compareAndSet(null, failure);
    pending.release();
    return CompletableFuture.completedFuture(null);
  }

  private void checkRefused() {
    Throwable failure = refused.get();
    if (failure != null) {
      throw new PublishFailedException(
          "Kafka refused a message on " + Topics.CLEVER_RECORDS + ": " + failure, failure);
    }
  }
}
