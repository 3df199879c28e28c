package io.rosterbridge.events.serde;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterEvent;
import java.io.IOException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an event of one topic family, choosing the record class by the {@code ce_type} header.
 * Anything it cannot read fails with an {@link EventDeserializationException} that says why.
 *
 * @param <T> the family of messages the topic carries
 */
public class RosterEventDeserializer<T extends RosterEvent> implements Deserializer<T> {

  private final Class<T> family;

  protected RosterEventDeserializer(Class<T> family) {
    this.family = family;
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    throw new EventDeserializationException(
        "message on " + topic + " has no headers; the ce_type header is required");
  }

  @Override
  public T deserialize(String topic, Headers headers, byte[] data) {
    String typeName = header(headers, CloudEventHeaders.TYPE);
    if (typeName == null) {
      throw new EventDeserializationException("message on " + topic + " has no ce_type header");
    }
    EventType type =
        acceptedType(topic, typeName, header(headers, CloudEventHeaders.SCHEMA_VERSION));
    if (data == null || data.length == 0) {
      throw new EventDeserializationException(typeName + " on " + topic + " has an empty payload");
    }
    Object event = read(topic, typeName, type, data);
    if (event == null) {
      throw new EventDeserializationException(
          typeName + " on " + topic + " has a JSON null payload instead of an object");
    }
    return family.cast(event);
  }

  private static Object read(String topic, String typeName, EventType type, byte[] data) {
    try {
      return EventJson.mapper().readValue(data, type.payload());
    } catch (IOException e) {
      throw new EventDeserializationException(
          "malformed " + typeName + " on " + topic + ": " + reason(e), e);
    }
  }

  private EventType acceptedType(String topic, String typeName, String version) {
    EventType type =
        EventTypes.byName(typeName)
            .orElseThrow(
                () ->
                    new EventDeserializationException(
                        "unknown event type " + typeName + " on " + topic));
    if (!family.isAssignableFrom(type.payload())) {
      throw new EventDeserializationException(
          typeName + " does not belong on " + topic + " (expected " + family.getSimpleName() + ")");
    }
    if (version != null && !version.equals(Integer.toString(type.schemaVersion()))) {
      throw new EventDeserializationException(
          typeName
              + " schema version "
              + version
              + " is not supported (reads "
              + type.schemaVersion()
              + ")");
    }
    return type;
  }

  private static String reason(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  private static String header(Headers headers, String name) {
    Header header = headers == null ? null : headers.lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
  }
}
