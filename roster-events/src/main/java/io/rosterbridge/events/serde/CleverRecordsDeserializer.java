package io.rosterbridge.events.serde;

import io.rosterbridge.events.CleverRecordsMessage;

/** Reads messages of {@code clever.records}. */
public class CleverRecordsDeserializer extends RosterEventDeserializer<CleverRecordsMessage> {

  public CleverRecordsDeserializer() {
    super(CleverRecordsMessage.class);
  }
}
