package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.serde.RosterEventSerializer;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes sync commands to {@code roster.sync-commands} (with the CloudEvents headers the serializer
 * adds, source {@code /rosterctl}) and waits until every replica has them.
 */
@ApplicationScoped
public class CommandPublisher {

  /** The {@code ce_source} of what rosterctl publishes. */
  public static final String SOURCE = "/rosterctl";

  private final String bootstrap;
  private final Duration timeout;

  public CommandPublisher(CtlConfig config) {
    this.bootstrap = config.kafka().bootstrapServers();
    this.timeout = config.kafka().timeout();
  }

  /** Where a command landed. */
  public record Published(
      String topic, String key, int partition, long offset, SyncRequested command) {}

  /** Publishes {@code command} keyed by {@code key} and returns once the broker acknowledged it. */
  public Published publish(String key, SyncRequested command) {
    KafkaFailures.requireReachable(bootstrap);
    KafkaProducer<String, RosterEvent> producer = producer();
    try {
      RecordMetadata metadata =
          producer
              .send(new ProducerRecord<>(Topics.SYNC_COMMANDS, key, command))
              .get(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Published(metadata.topic(), key, metadata.partition(), metadata.offset(), command);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      throw KafkaFailures.of(bootstrap, "take the command", timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CtlException("interrupted while publishing the command", e);
    } finally {
      // After a failure nothing is left to deliver: do not wait for it.
      producer.close(Duration.ofSeconds(1));
    }
  }

  private KafkaProducer<String, RosterEvent> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "rosterctl");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout.toMillis()));
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
    try {
      RosterEventSerializer serializer = new RosterEventSerializer();
      serializer.configure(Map.of(RosterEventSerializer.SOURCE_CONFIG, SOURCE), false);
      return new KafkaProducer<>(props, new StringSerializer(), serializer);
    } catch (KafkaException e) {
      // e.g. no resolvable bootstrap address
      throw KafkaFailures.unreachable(bootstrap, e);
    }
  }
}
