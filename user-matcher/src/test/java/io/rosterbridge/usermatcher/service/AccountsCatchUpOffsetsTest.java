package io.rosterbridge.usermatcher.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.testsupport.TestKafka;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How far behind its topic the index is, counted against a real broker's offsets. */
class AccountsCatchUpOffsetsTest {

  private static final Duration NO_WAIT = Duration.ZERO;

  private final String topic = "test.accounts-" + UUID.randomUUID();
  private final String group = "test.accounts-group-" + UUID.randomUUID();
  private final AccountsCatchUp catchUp =
      new AccountsCatchUp(TestKafka.bootstrapServers(), topic, group);

  @AfterEach
  void close() {
    catchUp.close();
  }

  @Test
  void aTopicNobodyPublishedToLeavesNothingToCatchUpWith() {
    assertThat(catchUp.await(NO_WAIT)).isZero();
  }

  @Test
  void recordsCountAsBehindUntilHandled() {
    publish(3);

    assertThat(catchUp.await(Duration.ofMillis(300))).isEqualTo(3);
    catchUp.handled(0, 0);
    catchUp.handled(0, 1);
    assertThat(catchUp.await(NO_WAIT)).isEqualTo(1);
    catchUp.handled(0, 2);
    assertThat(catchUp.await(NO_WAIT)).isZero();
    // A record handled again (re-delivered) does not move the mark back.
    catchUp.handled(0, 0);
    assertThat(catchUp.await(NO_WAIT)).isZero();
  }

  @Test
  void offsetsTheConsumerGroupCommittedCountAsRead() {
    publish(4);
    commit(3);

    assertThat(catchUp.await(NO_WAIT)).isEqualTo(1);
    commit(4);
    assertThat(catchUp.await(Duration.ofSeconds(30))).isZero();
  }

  private void publish(int count) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(topic, 0, "account-" + i, "{}"));
      }
      producer.flush();
    }
  }

  private void commit(long offset) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, group,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)));
    }
  }
}
