package io.rosterbridge.cleverfetcher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.entity.SyncRequest;
import io.rosterbridge.cleverfetcher.repository.SyncRequestRepository;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.rosterbridge.testsupport.KafkaTestClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class SyncCommandConsumerTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject SyncRequestRepository requests;

  private List<SyncRequest> stored(String district) {
    return QuarkusTransaction.requiringNew().call(() -> requests.forDistrict(district));
  }

  @Test
  void storesACommandOnceHoweverOftenItIsDelivered() {
    String district = "d-" + UUID.randomUUID();
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    SyncRequested command =
        new SyncRequested(
            "cmd-" + UUID.randomUUID(),
            district,
            SyncTrigger.MANUAL,
            SyncMode.PREVIEW,
            "support@rosterbridge",
            at);

    KafkaTestClient.send(Topics.SYNC_COMMANDS, district, command);
    KafkaTestClient.send(Topics.SYNC_COMMANDS, district, command);
    SyncRequested marker =
        new SyncRequested(
            "cmd-" + UUID.randomUUID(),
            district,
            SyncTrigger.NIGHTLY,
            SyncMode.FULL,
            "cronjob",
            at);
    KafkaTestClient.send(Topics.SYNC_COMMANDS, district, marker);

    await().atMost(WAIT).until(() -> stored(district).size() == 2);
    List<SyncRequest> stored = stored(district);
    assertThat(stored)
        .extracting(
            r -> r.commandId, r -> r.trigger, r -> r.mode, r -> r.requestedBy, r -> r.requestedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                command.commandId(),
                SyncTrigger.MANUAL,
                SyncMode.PREVIEW,
                "support@rosterbridge",
                at),
            org.assertj.core.groups.Tuple.tuple(
                marker.commandId(), SyncTrigger.NIGHTLY, SyncMode.FULL, "cronjob", at));
  }

  @Test
  void malformedCommandGoesToTheDeadLetterTopicAndTheNextOneIsRead() {
    String district = "d-" + UUID.randomUUID();
    byte[] broken = "{\"commandId\":\"broken".getBytes(UTF_8);
    KafkaTestClient.sendRaw(
        Topics.SYNC_COMMANDS,
        district,
        broken,
        Map.of(
            CloudEventHeaders.TYPE,
            "io.rosterbridge.sync.SyncRequested",
            CloudEventHeaders.SCHEMA_VERSION,
            "1"));
    SyncRequested next =
        new SyncRequested(
            "cmd-" + UUID.randomUUID(),
            district,
            SyncTrigger.MANUAL,
            SyncMode.FULL,
            "ops",
            Instant.now());
    KafkaTestClient.send(Topics.SYNC_COMMANDS, district, next);

    ConsumerRecord<String, byte[]> dead =
        KafkaTestClient.awaitRecord(
            Topics.deadLetter(Topics.SYNC_COMMANDS, "clever-fetcher"),
            r -> district.equals(r.key()),
            WAIT);
    assertThat(dead.value()).isEqualTo(broken);
    assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
        .contains("malformed io.rosterbridge.sync.SyncRequested on roster.sync-commands");
    await().atMost(WAIT).until(() -> stored(district).size() == 1);
    assertThat(stored(district).get(0).commandId).isEqualTo(next.commandId());
  }

  @Test
  void aCommandWithoutADistrictGoesToTheDeadLetterTopicInsteadOfSyncingEveryDistrict() {
    String key = "d-" + UUID.randomUUID();
    SyncRequested unnamed =
        new SyncRequested(
            "cmd-" + UUID.randomUUID(),
            null,
            SyncTrigger.NIGHTLY,
            SyncMode.FULL,
            "cronjob",
            Instant.now());
    KafkaTestClient.send(Topics.SYNC_COMMANDS, key, unnamed);

    ConsumerRecord<String, byte[]> dead =
        KafkaTestClient.awaitRecord(
            Topics.deadLetter(Topics.SYNC_COMMANDS, "clever-fetcher"),
            r -> key.equals(r.key()),
            WAIT);
    assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
        .contains(
            "SyncRequested "
                + unnamed.commandId()
                + " on roster.sync-commands names no district; every connected district is"
                + " districtId \"*\"");
    assertThat(QuarkusTransaction.requiringNew().call(() -> requests.findById(unnamed.commandId())))
        .isNull();
  }
}
