package io.rosterbridge.systemtests.deploy;

import static io.rosterbridge.systemtests.deploy.KubernetesBase.nameOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.events.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the Strimzi KafkaTopics of the k8s base against the topics the code and services use. */
class KafkaTopicManifestsTest {

  private static final List<String> SERVICES =
      List.of("clever-fetcher", "user-matcher", "roster-writer", "sso-service");

  private static KubernetesBase base;

  @BeforeAll
  static void readBase() throws IOException {
    base = KubernetesBase.load();
  }

  @Test
  void definesExactlyTheTopicsOfTheContractAndTheServices() throws Exception {
    Set<String> expected = new TreeSet<>(contractTopics());
    Set<String> configured = configuredTopics();
    expected.addAll(configured);

    assertThat(configured).as("topics in the services' application.properties").isNotEmpty();
    assertThat(base.ofKind("KafkaTopic").stream().map(KafkaTopicManifestsTest::topicName))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void compactsTheAccountsAndLimitsTheRetentionOfEveryOtherTopic() {
    for (JsonNode topic : base.ofKind("KafkaTopic")) {
      JsonNode config = topic.path("spec").path("config");
      String name = topicName(topic);
      if (name.equals(Topics.ROSTER_ACCOUNTS)) {
        assertThat(config.path("cleanup.policy").asText()).isEqualTo("compact");
      } else {
        assertThat(config.path("cleanup.policy").asText()).as(name).isEqualTo("delete");
        assertThat(config.path("retention.ms").asLong()).as(name + " retention.ms").isPositive();
      }
    }
  }

  @Test
  void replicatesEveryTopicOnTheClusterTheServicesUse() {
    Set<String> clusters = new TreeSet<>();
    for (JsonNode topic : base.ofKind("KafkaTopic")) {
      JsonNode spec = topic.path("spec");
      String name = topicName(topic);
      assertThat(spec.path("partitions").asInt()).as(name + " partitions").isPositive();
      int replicas = spec.path("replicas").asInt();
      int minInSync = spec.path("config").path("min.insync.replicas").asInt();
      assertThat(minInSync).as(name + " min.insync.replicas").isPositive().isLessThan(replicas);
      clusters.add(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
    }

    assertThat(clusters).hasSize(1).doesNotContain("");
    JsonNode common = base.named("ConfigMap", "rosterbridge-common");
    String bootstrap = common.path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText();
    assertThat(bootstrap).startsWith(clusters.iterator().next() + "-kafka-bootstrap:");
  }

  /** Every topic name constant of {@link Topics} (not the all-districts key). */
  private static Set<String> contractTopics() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : Topics.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && !field.getName().equals("ALL_DISTRICTS")) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  /** Every channel topic and dead-letter topic the four services configure. */
  private static Set<String> configuredTopics() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String service : SERVICES) {
      Properties properties = RepositoryFiles.moduleProperties(service);
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
          names.add(properties.getProperty(key).trim());
        }
      }
    }
    return names;
  }

  private static String topicName(JsonNode topic) {
    return topic.path("spec").path("topicName").asText(nameOf(topic));
  }
}
