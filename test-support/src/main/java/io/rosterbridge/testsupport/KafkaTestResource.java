package io.rosterbridge.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test's Kafka clients at the broker {@link TestKafka} chose. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", TestKafka.bootstrapServers());
  }

  @Override
  public void stop() {
    // the broker is shared by every test of the JVM and stops with it
  }
}
