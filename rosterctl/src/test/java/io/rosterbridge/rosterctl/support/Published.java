package io.rosterbridge.rosterctl.support;

import io.rosterbridge.events.Topics;
import io.rosterbridge.events.serde.SyncCommandsDeserializer;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.testsupport.KafkaTestClient;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads back what rosterctl published on {@code roster.sync-commands}. */
public final class Published {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private Published() {}

  /** The one record that matches, read from the start of the topic. */
  public static ConsumerRecord<String, byte[]> command(
      Predicate<ConsumerRecord<String, byte[]>> match) {
    return KafkaTestClient.awaitRecord(Topics.SYNC_COMMANDS, match, WAIT);
  }

  /** The first command keyed by {@code key}. */
  public static ConsumerRecord<String, byte[]> commandKeyed(String key) {
    return command(r -> key.equals(r.key()));
  }

  /** A record's value read as the fetcher reads it. */
  public static SyncRequested value(ConsumerRecord<String, byte[]> record) {
    return new SyncCommandsDeserializer()
        .deserialize(record.topic(), record.headers(), record.value());
  }
}
