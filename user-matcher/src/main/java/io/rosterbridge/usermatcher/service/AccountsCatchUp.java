package io.rosterbridge.usermatcher.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the identity index holds every account the writer has put on {@code roster.accounts}. A
 * run is resolved only once the accounts consumer has worked through the topic as it stood when the
 * run closed, so an account imported just before a sync is matched rather than created a second
 * time. A partition counts as worked through when the records this process handled, or the offsets
 * its consumer group committed, reach the partition's end.
 */
@ApplicationScoped
public class AccountsCatchUp {

  private static final Logger LOG = Logger.getLogger(AccountsCatchUp.class);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration ADMIN_CALL = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final String topic;
  private final String groupId;
  private final Map<Integer, Long> handled = new ConcurrentHashMap<>();
  private Admin admin;

  public AccountsCatchUp(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "mp.messaging.incoming.roster-accounts.topic") String topic,
      @ConfigProperty(name = "mp.messaging.incoming.roster-accounts.group.id") String groupId) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.groupId = groupId;
  }

  /**
   * The accounts consumer is done with this record (applied, ignored as stale, or dead-lettered).
   */
  public void handled(int partition, long offset) {
    handled.merge(partition, offset + 1, Math::max);
  }

  /**
   * Waits until every account on the topic now has been handled, at most {@code timeout}; returns
   * how many records are still behind (0: caught up).
   */
  public long await(Duration timeout) {
    Map<TopicPartition, Long> ends = endOffsets();
    long deadline = System.nanoTime() + timeout.toNanos();
    long behind = behind(ends, Map.of());
    while (behind > 0) {
      if (System.nanoTime() - deadline > 0) {
        return behind(ends, committed());
      }
      sleep();
      behind = behind(ends, committed());
    }
    return 0;
  }

  private long behind(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
    long behind = 0;
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      long reached =
          Math.max(
              handled.getOrDefault(end.getKey().partition(), 0L),
              committed.getOrDefault(end.getKey(), 0L));
      behind += Math.max(0, end.getValue() - reached);
    }
    return behind;
  }

  private Map<TopicPartition, Long> endOffsets() {
    List<TopicPartition> partitions;
    try {
      partitions =
          admin()
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(seconds(), TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return Map.of(); // nothing was ever published, so there is nothing to catch up with
      }
      throw failure("the partitions of " + topic, e);
    } catch (TimeoutException | InterruptedException e) {
      throw failure("the partitions of " + topic, e);
    }
    Map<TopicPartition, OffsetSpec> latest =
        partitions.stream()
            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
    try {
      return admin().listOffsets(latest).all().get(seconds(), TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      throw failure("the end offsets of " + topic, e);
    }
  }

  private Map<TopicPartition, Long> committed() {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin()
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(seconds(), TimeUnit.SECONDS);
      return offsets.entrySet().stream()
          .filter(e -> e.getValue() != null)
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    } catch (ExecutionException | TimeoutException e) {
      LOG.debugf("committed offsets of %s not read: %s", groupId, e.getMessage());
      return Map.of();
    } catch (InterruptedException e) {
      throw failure("the committed offsets of " + groupId, e);
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrapServers,
                  AdminClientConfig.CLIENT_ID_CONFIG,
                  "user-matcher-accounts-catch-up"));
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }

  private static long seconds() {
    return ADMIN_CALL.toSeconds();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for roster.accounts", e);
    }
  }

  private static KafkaException failure(String what, Exception cause) {
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new KafkaException("could not read " + what + ": " + cause.getMessage(), cause);
  }
}
