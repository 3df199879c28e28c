package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.serde.EventDeserializationException;
import io.rosterbridge.events.serde.RunStatusDeserializer;
import io.rosterbridge.events.serde.SyncReportsDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code roster.run-status} and {@code roster.sync-reports} from where they ended when it was
 * opened, so that whatever a command causes afterwards is seen. No consumer group: it commits
 * nothing and disturbs no one. Records it cannot read are skipped.
 */
public final class RunFollower implements AutoCloseable {

  private static final List<String> TOPICS = List.of(Topics.RUN_STATUS, Topics.SYNC_REPORTS);
  private static final Duration REFRESH = Duration.ofSeconds(2);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Duration timeout;
  private final RunStatusDeserializer status = new RunStatusDeserializer();
  private final SyncReportsDeserializer reports = new SyncReportsDeserializer();
  private final Set<TopicPartition> assigned = new HashSet<>();
  private long refreshedAt;

  private RunFollower(KafkaConsumer<String, byte[]> consumer, Duration timeout) {
    this.consumer = consumer;
    this.timeout = timeout;
  }

  /** Opens the follower at the current end of both topics; fails when Kafka does not answer. */
  static RunFollower open(String bootstrap, Duration timeout) {
    KafkaFailures.requireReachable(bootstrap);
    KafkaConsumer<String, byte[]> consumer;
    try {
      consumer =
          new KafkaConsumer<>(
              props(bootstrap), new StringDeserializer(), new ByteArrayDeserializer());
    } catch (KafkaException e) {
      throw KafkaFailures.unreachable(bootstrap, e);
    }
    RunFollower follower = new RunFollower(consumer, timeout);
    try {
      List<TopicPartition> partitions = follower.partitions();
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
      consumer.assign(partitions);
      ends.forEach(consumer::seek);
      follower.assigned.addAll(partitions);
      follower.refreshedAt = System.nanoTime();
      return follower;
    } catch (KafkaException e) {
      follower.close();
      throw KafkaFailures.of(bootstrap, "list the run-status and report topics", timeout, e);
    }
  }

  /** What arrived within {@code wait}: run progress and run reports, in order per district. */
  public List<RosterEvent> poll(Duration wait) {
    refreshIfDue();
    if (assigned.isEmpty()) {
      sleep(wait);
      return List.of();
    }
    List<RosterEvent> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
      RosterEvent event = decode(record);
      if (event != null) {
        events.add(event);
      }
    }
    return events;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(1));
  }

  /** Topics created after opening (a fresh cluster) are read from their beginning. */
  private void refreshIfDue() {
    if (System.nanoTime() - refreshedAt < REFRESH.toNanos()) {
      return;
    }
    refreshedAt = System.nanoTime();
    try {
      List<TopicPartition> fresh = new ArrayList<>(partitions());
      fresh.removeAll(assigned);
      if (!fresh.isEmpty()) {
        assigned.addAll(fresh);
        consumer.assign(List.copyOf(assigned));
        consumer.seekToBeginning(fresh);
      }
    } catch (KafkaException e) {
      // a passing hiccup: the partitions already assigned are still read
    }
  }

  private List<TopicPartition> partitions() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : TOPICS) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
    }
    return partitions;
  }

  private RosterEvent decode(ConsumerRecord<String, byte[]> record) {
    try {
      return Topics.RUN_STATUS.equals(record.topic())
          ? status.deserialize(record.topic(), record.headers(), record.value())
          : reports.deserialize(record.topic(), record.headers(), record.value());
    } catch (EventDeserializationException e) {
      return null;
    }
  }

  private static Properties props(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "rosterctl-wait");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Only the services create topics, with their partition counts.
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    return props;
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
