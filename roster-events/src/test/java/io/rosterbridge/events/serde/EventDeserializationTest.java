package io.rosterbridge.events.serde;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventDeserializationTest {

  private final SyncCommandsDeserializer commands = new SyncCommandsDeserializer();

  @Test
  void toleratesUnknownFields() {
    String json =
        "{\"commandId\":\"c1\",\"districtId\":\"d1\",\"trigger\":\"MANUAL\",\"mode\":\"PREVIEW\","
            + "\"requestedBy\":\"ops\",\"requestedAt\":\"2026-09-01T07:00:00Z\","
            + "\"addedInALaterVersion\":{\"nested\":[1,2]}}";
    SyncRequested read =
        commands.deserialize(
            Topics.SYNC_COMMANDS, headers("io.rosterbridge.sync.SyncRequested", "1"), bytes(json));
    assertThat(read)
        .isEqualTo(
            new SyncRequested(
                "c1",
                "d1",
                SyncTrigger.MANUAL,
                SyncMode.PREVIEW,
                "ops",
                Instant.parse("2026-09-01T07:00:00Z")));
  }

  @Test
  void absentFieldsReadAsNull() {
    SyncRequested read =
        commands.deserialize(
            Topics.SYNC_COMMANDS,
            headers("io.rosterbridge.sync.SyncRequested", null),
            bytes("{\"commandId\":\"c2\",\"districtId\":\"d2\"}"));
    assertThat(read).isEqualTo(new SyncRequested("c2", "d2", null, null, null, null));
    assertThat(read.allDistricts()).isFalse();
  }

  @Test
  void everyDistrictIsAskedForWithTheStar() {
    SyncRequested read =
        commands.deserialize(
            Topics.SYNC_COMMANDS,
            headers("io.rosterbridge.sync.SyncRequested", "1"),
            bytes("{\"commandId\":\"c3\",\"districtId\":\"*\",\"trigger\":\"NIGHTLY\"}"));
    assertThat(read.districtId()).isEqualTo(Topics.ALL_DISTRICTS);
    assertThat(read.allDistricts()).isTrue();
  }

  @Test
  void aCommandWithoutADistrictIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    bytes("{\"commandId\":\"c4\",\"trigger\":\"NIGHTLY\"}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "SyncRequested c4 on roster.sync-commands names no district; every connected district"
                + " is districtId \"*\"");
  }

  @Test
  void aCommandWithABlankDistrictIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    bytes("{\"commandId\":\"c5\",\"districtId\":\" \"}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "SyncRequested c5 on roster.sync-commands names no district; every connected district"
                + " is districtId \"*\"");
  }

  @Test
  void truncatedJsonSaysWhatAndWhere() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    bytes("{\"commandId\":\"c1\",\"distr")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessageStartingWith(
            "malformed io.rosterbridge.sync.SyncRequested on roster.sync-commands: ");
  }

  @Test
  void wrongFieldTypeIsMalformed() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    bytes("{\"mode\":\"SIDEWAYS\"}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessageContaining("SIDEWAYS");
  }

  @Test
  void missingTypeHeaderIsRefused() {
    assertThatThrownBy(
            () -> commands.deserialize(Topics.SYNC_COMMANDS, new RecordHeaders(), bytes("{}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage("message on roster.sync-commands has no ce_type header");
  }

  @Test
  void unknownTypeIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS, headers("io.rosterbridge.sync.Nope", "1"), bytes("{}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage("unknown event type io.rosterbridge.sync.Nope on roster.sync-commands");
  }

  @Test
  void typeFromAnotherTopicIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.run.UserFetched", "1"),
                    bytes("{}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "io.rosterbridge.run.UserFetched does not belong on roster.sync-commands (expected SyncRequested)");
  }

  @Test
  void newerSchemaVersionIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "2"),
                    bytes("{}")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "io.rosterbridge.sync.SyncRequested schema version 2 is not supported (reads 1)");
  }

  @Test
  void emptyPayloadIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    new byte[0]))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "io.rosterbridge.sync.SyncRequested on roster.sync-commands has an empty payload");
  }

  @Test
  void jsonNullPayloadIsRefused() {
    assertThatThrownBy(
            () ->
                commands.deserialize(
                    Topics.SYNC_COMMANDS,
                    headers("io.rosterbridge.sync.SyncRequested", "1"),
                    bytes("null")))
        .isInstanceOf(EventDeserializationException.class)
        .hasMessage(
            "io.rosterbridge.sync.SyncRequested on roster.sync-commands has a JSON null payload"
                + " instead of an object");
  }

  @Test
  void deadLetterTopicNames() {
    assertThat(Topics.deadLetter(Topics.CLEVER_RECORDS, "user-matcher"))
        .isEqualTo("clever.records.user-matcher.dlq");
  }

  private static RecordHeaders headers(String type, String version) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(CloudEventHeaders.TYPE, type.getBytes(UTF_8));
    if (version != null) {
      headers.add(CloudEventHeaders.SCHEMA_VERSION, version.getBytes(UTF_8));
    }
    return headers;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }
}
