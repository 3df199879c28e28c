package io.rosterbridge.events.serde;

import org.apache.kafka.common.errors.SerializationException;

/** A message that cannot be read as an event of the contract; the consumer dead-letters it. */
public class EventDeserializationException extends SerializationException {

  public EventDeserializationException(String message) {
    super(message);
  }

  public EventDeserializationException(String message, Throwable cause) {
    super(message, cause);
  }
}
