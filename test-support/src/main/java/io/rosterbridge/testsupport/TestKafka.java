package io.rosterbridge.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.jboss.logging.Logger;

/**
 * The Kafka broker tests use: the address in {@code KAFKA_BOOTSTRAP_SERVERS}, else the local
 * stack's broker on 127.0.0.1:9092 when one answers, else a real broker started in this JVM.
 */
public final class TestKafka {

  /** Environment variable (or system property) with the broker address to use. */
  public static final String ADDRESS = "KAFKA_BOOTSTRAP_SERVERS";

  /** Set to {@code true} to ignore given and running brokers and always start one in this JVM. */
  public static final String FORCE_EMBEDDED = "ROSTERBRIDGE_TEST_EMBEDDED_KAFKA";

  private static final Logger LOG = Logger.getLogger(TestKafka.class);
  private static String bootstrapServers;

  private TestKafka() {}

  /** The bootstrap servers, starting an in-JVM broker the first time if nothing else is there. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      bootstrapServers = locate();
    }
    return bootstrapServers;
  }

  private static String locate() {
    if ("true".equals(Reachability.setting(FORCE_EMBEDDED))) {
      return startEmbedded();
    }
    String given = Reachability.setting(ADDRESS);
    if (given != null) {
      LOG.infof("tests use the Kafka broker at %s (%s)", given, ADDRESS);
      return given;
    }
    if (Reachability.accepts("127.0.0.1", 9092)) {
      LOG.info("tests use the Kafka broker of the local stack at 127.0.0.1:9092");
      return "127.0.0.1:9092";
    }
    return startEmbedded();
  }

  private static String startEmbedded() {
    EmbeddedKafkaBroker broker =
        new EmbeddedKafkaBroker()
            .withDeleteLogDirsOnClose(true)
            .withAdditionalProperties(
                p -> {
                  p.put("num.partitions", "3");
                  p.put("auto.create.topics.enable", "true");
                  p.put("group.initial.rebalance.delay.ms", "0");
                })
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
    LOG.infof(
        "no broker given or running: tests use an in-JVM broker at %s",
        broker.getAdvertisedListeners());
    return broker.getAdvertisedListeners().replaceFirst("^PLAINTEXT://", "");
  }
}
