package io.rosterbridge.rosterwriter.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends keyed messages through an emitter and waits for the broker to acknowledge them. */
final class KeyedSends {

  private KeyedSends() {}

  /** Sends one message with its Kafka key; the future completes when the broker has it. */
  static <T> CompletableFuture<Void> send(Emitter<T> emitter, String key, T payload) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    Message<T> message =
        Message.of(payload)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
            .withAck(
                () -> {
                  acked.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                failure -> {
                  acked.completeExceptionally(failure);
                  return CompletableFuture.completedFuture(null);
                });
    emitter.send(message);
    return acked;
  }

  /** Waits for every send; fails if any was refused or the timeout passed. */
  static void await(List<CompletableFuture<Void>> sends, Duration timeout) {
    try {
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not acknowledge every message", e);
    }
  }
}
