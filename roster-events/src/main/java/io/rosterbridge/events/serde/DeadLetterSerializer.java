package io.rosterbridge.events.serde;

import io.rosterbridge.events.RosterEvent;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes whatever a consumer parks on its dead-letter topic: the original bytes of a message it
 * could not read, or an event it read but could not process.
 */
public class DeadLetterSerializer implements Serializer<Object> {

  private final RosterEventSerializer events = new RosterEventSerializer();

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    events.configure(configs, isKey);
  }

  @Override
  public byte[] serialize(String topic, Object value) {
    return serialize(topic, null, value);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Object value) {
    if (value == null || value instanceof byte[]) {
      return (byte[]) value;
    }
    if (value instanceof RosterEvent event) {
      return headers == null
          ? events.serialize(topic, event)
          : events.serialize(topic, headers, event);
    }
    return value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
