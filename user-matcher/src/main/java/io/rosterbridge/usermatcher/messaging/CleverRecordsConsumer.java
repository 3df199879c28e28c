package io.rosterbridge.usermatcher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.usermatcher.service.RunLedger;
import io.rosterbridge.usermatcher.service.RunPublication;
import io.rosterbridge.usermatcher.service.RunResolver;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads runs from {@code clever.records} in order and writes {@code roster.changes}: markers and
 * non-user records pass through, users are buffered (together, by {@link PendingUsers}), and
 * RunFetched closes the run. Each record is acknowledged (so committed) only after what it caused
 * is stored and acknowledged by Kafka; records it cannot read or process go to its dead-letter
 * topic.
 */
@ApplicationScoped
public class CleverRecordsConsumer {

  /** Channel of {@code clever.records} (mapped in application.properties). */
  public static final String CHANNEL = "clever-records";

  private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

  private final RunLedger ledger;
  private final PendingUsers pending;
  private final RunResolver resolver;
  private final RunPublication publication;
  private final ChangesPublisher publisher;
  private final RunStatusPublisher status;

  public CleverRecordsConsumer(
      RunLedger ledger,
      PendingUsers pending,
      RunResolver resolver,
      RunPublication publication,
      ChangesPublisher publisher,
      RunStatusPublisher status) {
    this.ledger = ledger;
    this.pending = pending;
    this.resolver = resolver;
    this.publication = publication;
    this.publisher = publisher;
    this.status = status;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> onRecord(Message<CleverRecordsMessage> record) {
    CleverRecordsMessage message = record.getPayload();
    if (message instanceof UserFetched user) {
      pending.add(user, record);
      return DONE;
    }
    pending.flush();
    CompletableFuture<Void> handled;
    try {
      handled = handle(message, eventId(record));
    } catch (RuntimeException e) {
      return record.nack(e);
    }
    // A forwarded record is acknowledged once Kafka acknowledged its copy; the next record need
    // not wait for that, as Kafka keeps a district's records in order.
    handled.whenComplete(
        (ok, failure) -> {
          if (failure == null) {
            record.ack();
          } else {
            record.nack(failure);
          }
        });
    return DONE;
  }

  private CompletableFuture<Void> handle(CleverRecordsMessage message, String eventId) {
    if (message == null) {
      throw new IllegalArgumentException("a record of clever.records could not be read");
    } else if (message instanceof RunFetched fetched) {
      onRunFetched(fetched);
      return CompletableFuture.completedFuture(null);
    } else if (message instanceof RunStarted started) {
      ledger.started(started);
      return publisher.forward(started, eventId);
    } else if (message instanceof RunFailed failed) {
      ledger.failed(failed);
      return publisher.forward(failed, eventId);
    } else if (message instanceof RecordRemoved removed
        && removed.entityType() == EntityType.USER) {
      ledger.removed(removed);
      return publisher.forward(removed, eventId);
    } else if (message instanceof RosterChangesMessage change) {
      return publisher.forward(change, eventId);
    } else {
      throw new IllegalArgumentException(
          "no handler for " + message.getClass().getSimpleName() + " on clever.records");
    }
  }

  /** Closes the run (once) and publishes its stored close, however often RunFetched arrives. */
  private void onRunFetched(RunFetched fetched) {
    // What the run passed through is on roster.changes (or dead-lettered) before it closes.
    publisher.awaitForwarded();
    status.resolving(fetched);
    resolver.close(fetched);
    List<RosterChangesMessage> closing = publication.closing(fetched.runId());
    if (!closing.isEmpty()) {
      publisher.publish(closing);
      ledger.published(fetched.runId());
      status.closed(fetched, closing);
    }
  }

  private static String eventId(Message<?> record) {
    IncomingKafkaRecordMetadata<?, ?> metadata =
        record.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
    Header id = metadata == null ? null : metadata.getHeaders().lastHeader(CloudEventHeaders.ID);
    return id == null || id.value() == null ? null : new String(id.value(), UTF_8);
  }
}
