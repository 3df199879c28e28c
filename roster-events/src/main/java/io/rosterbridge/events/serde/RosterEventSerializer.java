package io.rosterbridge.events.serde;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rosterbridge.events.CloudEventHeaders;
import io.rosterbridge.events.RosterEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes an event as JSON and adds the CloudEvents headers. A {@code ce_id} the producer already
 * set is kept; the source comes from the producer property {@value #SOURCE_CONFIG}.
 */
public class RosterEventSerializer implements Serializer<RosterEvent> {

  /** Producer property naming the {@code ce_source} of this producer, e.g. /clever-fetcher. */
  public static final String SOURCE_CONFIG = "rosterbridge.ce-source";

  private String source = "/rosterbridge";

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Object configured = configs.get(SOURCE_CONFIG);
    if (configured != null) {
      source = configured.toString();
    }
  }

  @Override
  public byte[] serialize(String topic, RosterEvent event) {
    return event == null ? null : write(event);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, RosterEvent event) {
    if (event == null) {
      return null;
    }
    EventType type = EventTypes.of(event.getClass());
    if (headers.lastHeader(CloudEventHeaders.ID) == null) {
      put(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
    }
    put(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
    put(headers, CloudEventHeaders.TYPE, type.name());
    put(headers, CloudEventHeaders.SOURCE, source);
    put(headers, CloudEventHeaders.TIME, Instant.now().toString());
    put(headers, CloudEventHeaders.SCHEMA_VERSION, Integer.toString(type.schemaVersion()));
    put(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
    return write(event);
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(UTF_8));
  }

  private static byte[] write(RosterEvent event) {
    try {
      return EventJson.mapper().writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new SerializationException("cannot write " + event.getClass().getSimpleName(), e);
    }
  }
}
