package io.rosterbridge.rosterwriter.messaging;

import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.rosterwriter.service.RunIntake;
import io.rosterbridge.rosterwriter.service.RunIntake.Delivered;
import io.rosterbridge.rosterwriter.service.RunIntake.Refused;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads runs from {@code roster.changes} in batches (staging hundreds of records per transaction).
 * Records it cannot read or stage go to its dead-letter topic; the batch is acknowledged once they
 * are parked there.
 */
@ApplicationScoped
public class RosterChangesConsumer {

  /** Channel of {@code roster.changes} (mapped in application.properties). */
  public static final String CHANNEL = "roster-changes";

  private final RunIntake intake;

  public RosterChangesConsumer(RunIntake intake) {
    this.intake = intake;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> onBatch(KafkaRecordBatch<String, RosterChangesMessage> batch) {
    List<CompletableFuture<Void>> parked = new ArrayList<>();
    List<Delivered> readable = new ArrayList<>();
    Map<Delivered, KafkaRecord<String, RosterChangesMessage>> records = new IdentityHashMap<>();
    for (KafkaRecord<String, RosterChangesMessage> record : batch) {
      if (record.getPayload() == null) {
        parked.add(park(record, unreadable(record)));
      } else {
        Delivered delivered = new Delivered(messageId(record), record.getPayload());
        readable.add(delivered);
        records.put(delivered, record);
      }
    }
    for (Refused refused : intake.accept(readable)) {
      parked.add(park(records.get(refused.delivered()), refused.reason()));
    }
    return CompletableFuture.allOf(parked.toArray(CompletableFuture[]::new))
        .thenCompose(ignored -> batch.ack());
  }

  private static CompletableFuture<Void> park(KafkaRecord<?, ?> record, String reason) {
    return record.nack(new IllegalArgumentException(reason)).toCompletableFuture();
  }

  private static String unreadable(KafkaRecord<?, ?> record) {
    String reason = header(record, DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
    return reason == null ? "message without a payload" : reason;
  }

  private static String messageId(KafkaRecord<?, ?> record) {
    String id = header(record, CloudEventHeaders.ID);
    if (id != null) {
      return id;
    }
    long offset =
        record
            .getMetadata(IncomingKafkaRecordMetadata.class)
            .map(IncomingKafkaRecordMetadata::getOffset)
            .orElse(-1L);
    return record.getTopic() + "/" + record.getPartition() + "/" + offset;
  }

  private static String header(KafkaRecord<?, ?> record, String name) {
    Header header = record.getHeaders().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
