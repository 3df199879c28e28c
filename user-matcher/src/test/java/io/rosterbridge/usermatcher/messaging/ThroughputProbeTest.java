package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.serde.RosterEventSerializer;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.testsupport.TestKafka;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class ThroughputProbeTest {

  @Test
  void probe() throws Exception {
    int n = Integer.getInteger("probe.users", 5000);
    int schools = Integer.getInteger("probe.schools", 2000);
    String district = "d-" + UUID.randomUUID();
    RunScript run = RunScript.of(district, SyncMode.FULL);
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    RosterEventSerializer ser = new RosterEventSerializer();
    ser.configure(Map.of(), false);
    long t0;
    try (KafkaProducer<String, RosterEvent> p =
        new KafkaProducer<>(props, new StringSerializer(), ser)) {
      p.send(new ProducerRecord<>(Topics.CLEVER_RECORDS, district, run.started())).get();
      for (int i = 0; i < schools; i++) {
        CleverSchool s = new CleverSchool("s" + i, "S", null, null, null, null, null);
        p.send(
            new ProducerRecord<>(
                Topics.CLEVER_RECORDS, district, new SchoolFetched(run.runId(), district, s)));
      }
      for (int i = 0; i < n; i++) {
        p.send(
            new ProducerRecord<>(
                Topics.CLEVER_RECORDS,
                district,
                new UserFetched(run.runId(), district, student("c-" + i, "u" + i))));
      }
      p.flush();
      t0 = System.nanoTime();
      for (int i = 0; i < schools; i++) run.school("s" + i);
      for (int i = 0; i < n; i++) run.countUser();
      p.send(new ProducerRecord<>(Topics.CLEVER_RECORDS, district, run.fetched())).get();
    }
    long start = System.nanoTime();
    ChangesTopic.await(district, 1 + schools + n + 1);
    System.out.printf(
        "PROBE %d schools + %d users: %d ms after sending%n",
        schools, n, (System.nanoTime() - start) / 1_000_000);
  }
}
