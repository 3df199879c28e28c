package io.rosterbridge.usermatcher.messaging;

import static io.rosterbridge.usermatcher.fixtures.CleverUsers.teacher;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.identity.ResolutionOutcome;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.testsupport.KafkaTestClient;
import io.rosterbridge.usermatcher.MatcherTestProfile;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic;
import io.rosterbridge.usermatcher.fixtures.ChangesTopic.Change;
import io.rosterbridge.usermatcher.fixtures.RunScript;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A record the matcher cannot read is parked, its run fails safely, and the next run resolves. */
@QuarkusTest
@TestProfile(MatcherTestProfile.class)
class DeadLetterTest {

  @Test
  void aMalformedUserIsDeadLetteredItsRunFailsAndTheNextRunResolves() {
    String district = "d-" + UUID.randomUUID();
    RunScript broken = RunScript.of(district, SyncMode.FULL).users(teacher("c-1", "ada"));
    RunScript.send(broken.opening());
    byte[] malformed = ("{\"runId\":\"" + broken.runId() + "\",\"user\":{\"id\":").getBytes(UTF_8);
    KafkaTestClient.sendRaw(
        Topics.CLEVER_RECORDS,
        district,
        malformed,
        Map.of(
            CloudEventHeaders.TYPE, "io.rosterbridge.run.UserFetched",
            CloudEventHeaders.SCHEMA_VERSION, "1"));
    RunScript.send(List.of(broken.countUser().fetched()));

    ConsumerRecord<String, byte[]> parked =
        KafkaTestClient.awaitRecord(
            Topics.deadLetter(Topics.CLEVER_RECORDS, "user-matcher"),
            r -> district.equals(r.key()),
            ChangesTopic.WAIT);
    assertThat(parked.value()).isEqualTo(malformed);
    assertThat(KafkaTestClient.header(parked, "dead-letter-reason"))
        .contains("malformed io.rosterbridge.run.UserFetched on clever.records");

    RunScript next = RunScript.of(district, SyncMode.FULL).users(teacher("c-1", "ada"));
    RunScript.send(next.whole());
    List<Change> changes = ChangesTopic.await(district, 5);

    assertThat(ChangesTopic.types(changes))
        .containsExactly(
            RunStarted.class,
            RunFailed.class,
            RunStarted.class,
            UserResolved.class,
            RunResolved.class);
    RunFailed failed = (RunFailed) changes.get(1).message();
    assertThat(failed)
        .extracting(RunFailed::runId, RunFailed::stage, RunFailed::reason, RunFailed::message)
        .containsExactly(
            broken.runId(),
            RunStage.MATCH,
            RunFailureReason.INCOMPLETE_RUN,
            "the matcher received 1 of the 2 users the fetcher read; nothing was resolved");
    UserResolved resolved = (UserResolved) changes.get(3).message();
    assertThat(resolved)
        .extracting(UserResolved::runId, UserResolved::outcome, UserResolved::username)
        .containsExactly(next.runId(), ResolutionOutcome.CREATED, "ada");
  }
}
