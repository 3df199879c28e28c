package io.rosterbridge.events.serde;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.SyncRequested;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class EventRoundTripTest {

  private final RosterEventSerializer serializer = configuredSerializer();

  @Test
  void samplesCoverEveryRegisteredType() {
    List<Class<?>> sampled = SampleEvents.all().stream().<Class<?>>map(Object::getClass).toList();
    List<Class<?>> registered =
        EventTypes.all().stream().<Class<?>>map(EventType::payload).toList();
    assertThat(sampled).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void everyEventRoundTripsThroughEveryTopicItBelongsTo() {
    for (RosterEvent event : SampleEvents.all()) {
      List<Map.Entry<String, Deserializer<? extends RosterEvent>>> topics = topicsOf(event);
      assertThat(topics).as("topics of %s", event.getClass().getSimpleName()).isNotEmpty();
      for (var topic : topics) {
        RecordHeaders headers = new RecordHeaders();
        byte[] bytes = serializer.serialize(topic.getKey(), headers, event);
        assertThat(topic.getValue().deserialize(topic.getKey(), headers, bytes))
            .usingRecursiveComparison()
            .isEqualTo(event);
        assertThat(topic.getValue().deserialize(topic.getKey(), headers, bytes)).isEqualTo(event);
      }
    }
  }

  @Test
  void setsCloudEventHeaders() {
    RosterEvent event = SampleEvents.all().get(0);
    RecordHeaders headers = new RecordHeaders();
    serializer.serialize(Topics.SYNC_COMMANDS, headers, event);
    assertThat(text(headers, CloudEventHeaders.TYPE))
        .isEqualTo("io.rosterbridge.sync.SyncRequested");
    assertThat(text(headers, CloudEventHeaders.SOURCE)).isEqualTo("/rosterctl");
    assertThat(text(headers, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    assertThat(text(headers, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
    assertThat(text(headers, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    assertThat(text(headers, CloudEventHeaders.ID)).hasSize(36);
    assertThat(text(headers, CloudEventHeaders.TIME)).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void keepsAnIdTheProducerChose() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(CloudEventHeaders.ID, "fixed-id".getBytes(UTF_8));
    serializer.serialize(Topics.SYNC_COMMANDS, headers, SampleEvents.all().get(0));
    assertThat(text(headers, CloudEventHeaders.ID)).isEqualTo("fixed-id");
    assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
  }

  private static List<Map.Entry<String, Deserializer<? extends RosterEvent>>> topicsOf(
      RosterEvent e) {
    List<Map.Entry<String, Deserializer<? extends RosterEvent>>> topics =
        new java.util.ArrayList<>();
    if (e instanceof SyncRequested) {
      topics.add(Map.entry(Topics.SYNC_COMMANDS, new SyncCommandsDeserializer()));
    }
    if (e instanceof RunProgress) {
      topics.add(Map.entry(Topics.RUN_STATUS, new RunStatusDeserializer()));
    }
    if (e instanceof AccountChanged) {
      topics.add(Map.entry(Topics.ROSTER_ACCOUNTS, new RosterAccountsDeserializer()));
    }
    if (e instanceof io.rosterbridge.events.CleverRecordsMessage) {
      topics.add(Map.entry(Topics.CLEVER_RECORDS, new CleverRecordsDeserializer()));
    }
    if (e instanceof io.rosterbridge.events.RosterChangesMessage) {
      topics.add(Map.entry(Topics.ROSTER_CHANGES, new RosterChangesDeserializer()));
    }
    if (e instanceof io.rosterbridge.events.SyncReportsMessage) {
      topics.add(Map.entry(Topics.SYNC_REPORTS, new SyncReportsDeserializer()));
    }
    return topics;
  }

  static RosterEventSerializer configuredSerializer() {
    RosterEventSerializer serializer = new RosterEventSerializer();
    serializer.configure(Map.of(RosterEventSerializer.SOURCE_CONFIG, "/rosterctl"), false);
    return serializer;
  }

  static String text(RecordHeaders headers, String name) {
    return new String(headers.lastHeader(name).value(), UTF_8);
  }
}
