package io.rosterbridge.usermatcher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.Topics;
import io.rosterbridge.usermatcher.config.MatcherConfig;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Writes to {@code roster.changes}, keyed by district id, in the order given. The matcher's own
 * events return only once Kafka acknowledged every one; a forwarded record returns at once with a
 * stage that completes on Kafka's answer. Either way the record that caused them is committed only
 * afterwards.
 */
@ApplicationScoped
public class ChangesPublisher {

  /** Channel of {@code roster.changes} (mapped in application.properties). */
  public static final String CHANNEL = "roster-changes";

  private final Emitter<RosterChangesMessage> emitter;
  private final MatcherConfig config;
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

  public ChangesPublisher(
      // Unbounded: a run's close sends all its resolutions at once and then waits for them.
      @Channel(CHANNEL) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<RosterChangesMessage> emitter,
      MatcherConfig config) {
    this.emitter = emitter;
    this.config = config;
  }

  /**
   * Passes a record of {@code clever.records} on as it came, keeping its {@code ce_id}, without
   * waiting: the stage completes when Kafka acknowledged it, exceptionally with a {@link
   * PublishFailedException} when Kafka refused it.
   */
  public CompletableFuture<Void> forward(RosterChangesMessage message, String eventId) {
    CompletableFuture<Void> forwarded =
        send(message, eventId)
            .exceptionallyCompose(
                failure ->
                    CompletableFuture.failedFuture(
                        new PublishFailedException(
                            "Kafka refused a message on " + Topics.ROSTER_CHANGES + ": " + failure,
                            failure)));
    inFlight.add(forwarded);
    forwarded.whenComplete((ok, failure) -> inFlight.remove(forwarded));
    return forwarded;
  }

  /**
   * Returns once Kafka acknowledged or refused every record forwarded so far (a refused one is its
   * consumer's to dead-letter); throws when some are still unanswered after the publish timeout.
   */
  public void awaitForwarded() {
    // Answered either way: a refusal is already on its way to the dead-letter topic.
    await(inFlight.stream().map(f -> f.handle((ok, failure) -> (Void) null)).toList());
  }

  /** Publishes the matcher's own events, each with the {@code ce_id} derived from it. */
  public void publish(List<RosterChangesMessage> messages) {
    await(messages.stream().map(m -> send(m, EventIds.of(m))).toList());
  }

  private CompletableFuture<Void> send(RosterChangesMessage message, String eventId) {
    CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder().withKey(message.districtId());
    if (eventId != null) {
      metadata.withHeaders(new RecordHeaders().add(CloudEventHeaders.ID, eventId.getBytes(UTF_8)));
    }
    emitter.send(
        Message.of(message)
            .addMetadata(metadata.build())
            .withAck(
                () -> {
                  acknowledged.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                failure -> {
                  acknowledged.completeExceptionally(failure);
                  return CompletableFuture.completedFuture(null);
                }));
    return acknowledged;
  }

  private void await(List<CompletableFuture<Void>> acks) {
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException(
          "interrupted while publishing to " + Topics.ROSTER_CHANGES, e);
    } catch (ExecutionException e) {
      throw new PublishFailedException(
          "Kafka refused a message on " + Topics.ROSTER_CHANGES + ": " + e.getCause(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new PublishFailedException(
          "Kafka did not acknowledge "
              + Topics.ROSTER_CHANGES
              + " within "
              + config.publishTimeout(),
          e);
    }
  }
}
