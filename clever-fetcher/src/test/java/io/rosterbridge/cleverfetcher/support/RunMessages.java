package io.rosterbridge.cleverfetcher.support;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.serde.CleverRecordsDeserializer;
import io.rosterbridge.testsupport.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the fetcher published on {@code clever.records} for one district. */
public final class RunMessages {

  private static final Duration SETTLE = Duration.ofMillis(500);

  private RunMessages() {}

  /**
   * Every message keyed by the district, from the start of the topic until {@code runs} runs have
   * ended (RunFetched or RunFailed), plus whatever follows within a short moment.
   */
  public static List<CleverRecordsMessage> awaitRuns(
      String districtId, int runs, Duration timeout) {
    List<CleverRecordsMessage> found = new ArrayList<>();
    CleverRecordsDeserializer deserializer = new CleverRecordsDeserializer();
    long deadline = System.nanoTime() + timeout.toNanos();
    int ended = 0;
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      consumer.subscribe(List.of(Topics.CLEVER_RECORDS));
      while (ended < runs && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (districtId.equals(r.key())) {
            CleverRecordsMessage m = deserializer.deserialize(r.topic(), r.headers(), r.value());
            found.add(m);
            ended += m instanceof RunFetched || m instanceof RunFailed ? 1 : 0;
          }
        }
      }
      if (ended < runs) {
        throw new AssertionError(
            "expected "
                + runs
                + " ended runs of "
                + districtId
                + ", found "
                + ended
                + " in "
                + found.size()
                + " messages");
      }
      consumer
          .poll(SETTLE)
          .forEach(
              r -> {
                if (districtId.equals(r.key())) {
                  found.add(deserializer.deserialize(r.topic(), r.headers(), r.value()));
                }
              });
    }
    return found;
  }

  /** The messages grouped by run, runs in the order they started. */
  public static List<List<CleverRecordsMessage>> byRun(List<CleverRecordsMessage> messages) {
    Map<String, List<CleverRecordsMessage>> runs = new LinkedHashMap<>();
    messages.forEach(m -> runs.computeIfAbsent(m.runId(), id -> new ArrayList<>()).add(m));
    return List.copyOf(runs.values());
  }

  private static KafkaConsumer<String, byte[]> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "fetcher-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
