package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.CleverUsers.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.serde.RosterEventSerializer;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.testsupport.TestKafka;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic.Change;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A first run of a district with thousands of new students and schools flows through the real
 * broker completely: every user is created once, under a distinct account id, and the run closes
 * with RunResolved. {@code -Dlarge-run.users=100000} turns the same test into a measurement; it
 * prints how long the resolution took after the last record was sent.
 */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class LargeRunFlowTest {

  private static final int USERS = Integer.getInteger("large-run.users", 5_000);
  private static final int SCHOOLS = Integer.getInteger("large-run.schools", 200);

  @Test
  void everyUserOfALargeFirstRunIsCreatedOnceAndTheRunCloses() throws Exception {
    String district = "d-" + UUID.randomUUID();
    RunScript run = RunScript.of(district, SyncMode.FULL);
    for (int i = 0; i < SCHOOLS; i++) {
      run.school("s" + i);
    }
    for (int i = 0; i < USERS; i++) {
      run.countUser();
    }

    long sentAt;
    try (KafkaProducer<String, RosterEvent> producer = producer()) {
      send(producer, district, run.started());
      for (int i = 0; i < SCHOOLS; i++) {
        CleverSchool school =
            new CleverSchool("s" + i, "School " + i, null, null, null, null, null);
        send(producer, district, new SchoolFetched(run.runId(), district, school));
      }
      for (int i = 0; i < USERS; i++) {
        UserFetched user = new UserFetched(run.runId(), district, student("c-" + i, "u" + i));
        send(producer, district, user);
      }
      producer.send(new ProducerRecord<>(Topics.CLEVER_RECORDS, district, run.fetched())).get();
      sentAt = System.nanoTime();
    }

    List<Change> changes =
        ChangesTopic.await(
            district, 1 + SCHOOLS + USERS + 1, ChangesTopic.WAIT.plusMillis(USERS * 20L));
    System.out.printf(
        "large run: %d schools + %d users resolved and published %d ms after the last record%n",
        SCHOOLS, USERS, (System.nanoTime() - sentAt) / 1_000_000);

    List<UserResolved> users = ChangesTopic.only(changes, UserResolved.class);
    assertThat(users).hasSize(USERS);
    assertThat(users).allMatch(u -> u.outcome() == ResolutionOutcome.CREATED);
    Set<String> accountIds =
        users.stream().map(UserResolved::accountId).collect(Collectors.toSet());
    assertThat(accountIds).hasSize(USERS);
    assertThat(users.stream().map(UserResolved::username).collect(Collectors.toSet()))
        .isEqualTo(
            java.util.stream.IntStream.range(0, USERS)
                .mapToObj(i -> "u" + i)
                .collect(Collectors.toSet()));
    assertThat(ChangesTopic.only(changes, RunResolved.class)).hasSize(1);
    assertThat(changes.get(changes.size() - 1).message()).isInstanceOf(RunResolved.class);
  }

  private static KafkaProducer<String, RosterEvent> producer() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    RosterEventSerializer serializer = new RosterEventSerializer();
    serializer.configure(Map.of(), false);
    return new KafkaProducer<>(props, new StringSerializer(), serializer);
  }

  private static void send(
      KafkaProducer<String, RosterEvent> producer, String district, RosterEvent event) {
    producer.send(new ProducerRecord<>(Topics.CLEVER_RECORDS, district, event));
  }
}
