package io.rosterbridge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What tests fall back to on a machine where no broker and no PostgreSQL run: a real broker in this
 * JVM and an embedded PostgreSQL, forced here so the fallback is proven on every build.
 */
class EmbeddedFallbackTest {

  static {
    System.setProperty(TestKafka.FORCE_EMBEDDED, "true");
    System.setProperty(TestPostgres.FORCE_EMBEDDED, "true");
  }

  @Test
  void theInJvmBrokerTakesAndServesARecord() {
    String topic = "fallback-" + UUID.randomUUID();
    KafkaTestClient.sendRaw(topic, "k", "v".getBytes(StandardCharsets.UTF_8), Map.of());

    List<ConsumerRecord<String, byte[]>> read =
        KafkaTestClient.awaitRecords(topic, r -> true, 1, Duration.ofSeconds(60));

    assertThat(TestKafka.bootstrapServers()).isNotEqualTo("127.0.0.1:9092");
    assertThat(read).extracting(ConsumerRecord::key).containsExactly("k");
  }

  @Test
  void theEmbeddedServerCreatesADatabaseOfItsOwn() throws Exception {
    String url = TestPostgres.database("fallback_check");

    try (Connection c = DriverManager.getConnection(url);
        Statement sql = c.createStatement()) {
      sql.execute("create table if not exists marker (id int)");
      sql.execute("insert into marker values (7)");
      try (ResultSet rows = sql.executeQuery("select current_database(), sum(id) from marker")) {
        rows.next();
        assertThat(rows.getString(1)).isEqualTo("fallback_check");
        assertThat(rows.getLong(2)).isEqualTo(7);
      }
    }
    assertThat(TestPostgres.adminUrl()).doesNotContain(":5432/");
  }
}
