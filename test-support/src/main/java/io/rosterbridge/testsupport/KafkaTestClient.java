package io.rosterbridge.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.serde.RosterEventSerializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: send events or raw bytes, and wait for records on a topic. */
public final class KafkaTestClient {

  private KafkaTestClient() {}

  /** Sends an event of the contract (with its CloudEvents headers) and waits for the broker. */
  public static void send(String topic, String key, RosterEvent event) {
    Properties props = producerProps();
    props.put(RosterEventSerializer.SOURCE_CONFIG, "/tests");
    try (KafkaProducer<String, RosterEvent> producer =
        new KafkaProducer<>(props, new StringSerializer(), serializer())) {
      producer.send(new ProducerRecord<>(topic, key, event)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /** Sends raw bytes with the given headers, e.g. a malformed payload. */
  public static void sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(producerProps(), new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
      headers.forEach((name, text) -> record.headers().add(name, text.getBytes(UTF_8)));
      producer.send(record).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /**
   * Reads {@code topic} from the beginning until a record matches, or fails after {@code timeout}.
   */
  public static ConsumerRecord<String, byte[]> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = awaitRecords(topic, match, 1, timeout);
    return found.get(0);
  }

  /** Reads {@code topic} from the beginning until {@code count} records match, or fails. */
  public static List<ConsumerRecord<String, byte[]>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      consumer.subscribe(List.of(topic));
      while (found.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> addIf(found, r, match));
      }
    }
    if (found.size() < count) {
      throw new AssertionError(
          "expected "
              + count
              + " matching records on "
              + topic
              + " within "
              + timeout
              + ", found "
              + found.size());
    }
    return found;
  }

  /** A header's value as text, or null. */
  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
  }

  private static void addIf(
      List<ConsumerRecord<String, byte[]>> found,
      ConsumerRecord<String, byte[]> record,
      Predicate<ConsumerRecord<String, byte[]>> match) {
    if (match.test(record)) {
      found.add(record);
    }
  }

  private static org.apache.kafka.common.serialization.Serializer<RosterEvent> serializer() {
    RosterEventSerializer serializer = new RosterEventSerializer();
    serializer.configure(Map.of(RosterEventSerializer.SOURCE_CONFIG, "/tests"), false);
    return serializer;
  }

  private static Properties producerProps() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return props;
  }

  private static KafkaConsumer<String, byte[]> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
